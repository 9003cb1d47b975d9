package uk.frontdoor.staff.enquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.core.enquiry.Enquiries;
import uk.frontdoor.core.enquiry.EnquiryMethod;
import uk.frontdoor.core.enquiry.EnquiryStep;
import uk.frontdoor.core.questions.Question;
import uk.frontdoor.core.reference.ReferenceNumbers;
import uk.frontdoor.core.region.RegionDirectory;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.access.StaffOnly;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.QuestionChoices;
import uk.frontdoor.web.form.SelectOption;
import uk.frontdoor.web.session.Visitor;
import uk.frontdoor.web.view.Page;
import uk.frontdoor.web.view.ResultPages;

/**
 * A member of staff keys in an enquiry taken by phone, email, at an event or in person: the public form's questions on
 * one page, with how it came; {@link Enquiries#record} decides everything. Done, the empty form again (the next call)
 * with the new reference and the team it went to.
 */
@Controller("/staff/enquiries/new")
@StaffOnly({Role.RECRUITMENT_OFFICER, Role.SUPPORT_WORKER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
public class NewEnquiryController {
    private final Enquiries enquiries;
    private final RegionDirectory region;
    private final QuestionChoices choices;
    private final StaffWords words;

    public NewEnquiryController(Enquiries enquiries, RegionDirectory region, QuestionChoices choices,
                                StaffWords words) {
        this.words = words;
        this.enquiries = enquiries;
        this.region = region;
        this.choices = choices;
    }

    @Get
    public HttpResponse<?> form(@Nullable @QueryValue String recorded, @Nullable @QueryValue String team) {
        Optional<String> reference = ReferenceNumbers.typed(recorded);
        Optional<String> teamName = team == null || !team.matches("\\d{1,18}") ? Optional.empty()
                : region.team(Long.parseLong(team)).map(t -> t.name());
        Page page = page(FormData.parse(""), null);
        if (reference.isPresent() && teamName.isPresent()) {
            page.with("recorded", List.of(reference.get(), teamName.get()));
        }
        return page.response();
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, FormData form) {
        return ResultPages.answer(enquiries.record(Visitor.of(request).staff(), form.get("formKey"), form.get("method"),
                        "yes".equals(form.get("privacy")), form.fields()),
                done -> HttpResponse.seeOther(URI.create("/staff/enquiries/new?recorded="
                        + URLEncoder.encode(done.reference(), StandardCharsets.UTF_8) + "&team=" + done.teamId())),
                problems -> page(form, FormErrors.of(problems)).response());
    }

    private Page page(FormData form, FormErrors errors) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (EnquiryStep step : EnquiryStep.FORM.steps()) {
            for (Question q : step.fields()) {
                answers.put(q.name(), q.isMany() ? form.all(q.name()) : form.get(q.name()));
            }
        }
        answers.put("method", form.get("method"));
        answers.put("privacy", form.all("privacy"));
        List<SelectOption> boroughs = new java.util.ArrayList<>();
        boroughs.add(new SelectOption("", words.of("staff.newEnquiry.borough.choose")));
        region.boroughs().forEach(b -> boroughs.add(new SelectOption(b.code(), b.name())));
        return Page.of("staff/enquiry/new")
                .with("formKey", Enquiries.formKey(form.get("formKey")))
                .with("answers", answers)
                .with("options", choices.of(EnquiryStep.MESSAGES, EnquiryStep.FORM.steps()))
                .with("methods", EnquiryMethod.keyedByStaff().stream()
                        .map(m -> Choice.of(m.code(), "enquiry.method." + m.name())).toList())
                .with("privacyOptions", List.of(Choice.of("yes", "staff.newEnquiry.privacy.label")))
                .with("boroughs", boroughs)
                .with("errors", errors)
                .with("backLink", "/staff");
    }
}
