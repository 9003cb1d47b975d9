package uk.frontdoor.publicsite.enquiry;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;
import uk.frontdoor.core.enquiry.Enquiries;
import uk.frontdoor.core.enquiry.EnquiryAnswers;
import uk.frontdoor.core.enquiry.EnquiryDrafts;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.enquiry.Receipt;
import uk.frontdoor.publicsite.form.QuestionFormController;
import uk.frontdoor.publicsite.form.QuestionPages;
import uk.frontdoor.web.access.Public;
import uk.frontdoor.web.form.PublicForm;
import uk.frontdoor.web.view.Page;

/**
 * The public adoption enquiry, on the one form engine ({@link QuestionFormController}): its pages are
 * {@link EnquiryStep}; a person outside the region is signposted elsewhere; the equality questions may be skipped;
 * check your answers has three sections.
 */
@Controller("/enquiry")
@Public
public class EnquiryController extends QuestionFormController<EnquiryStep, EnquiryAnswers, Receipt> {
    private static final Map<EnquiryStep, String> SECTIONS = Map.of(
            EnquiryStep.WHERE_YOU_LIVE, "enquiry.check.aboutYou",
            EnquiryStep.INTERESTS, "enquiry.check.adopting",
            EnquiryStep.EQUALITY, "enquiry.check.equality");

    private final Enquiries enquiries;

    public EnquiryController(EnquiryDrafts drafts, Enquiries enquiries, QuestionPages pages) {
        super("/enquiry", PublicForm.ENQUIRY, drafts, enquiries, pages);
        this.enquiries = enquiries;
    }

    @Get("/somewhere-else")
    public HttpResponse<?> somewhereElse() {
        return QuestionPages.page("enquiry/somewhere-else").with("backLink", path(EnquiryStep.WHERE_YOU_LIVE)).response();
    }

    @Override
    protected Page start(Page page) {
        return page.with("workingDays", enquiries.targetWorkingDays());
    }

    @Override
    protected String away() {
        return "/enquiry/somewhere-else";
    }

    @Override
    protected Page confirmation(Page page, Receipt receipt) {
        return page.with("workingDays", enquiries.targetWorkingDays())
                .with("phone", enquiries.agencyPhone().orElse(null))
                .with("eventsHref", "/events?spoke=" + receipt.spokeCode());
    }

    @Override
    protected Map<EnquiryStep, String> sections() {
        return SECTIONS;
    }
}
