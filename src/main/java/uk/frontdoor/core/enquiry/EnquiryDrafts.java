package uk.frontdoor.core.enquiry;

import jakarta.inject.Singleton;
import java.time.Clock;
import uk.frontdoor.core.questions.Drafts;
import uk.frontdoor.platform.db.Sql;

/** Enquiries being filled in, and the receipt of the last one each browser session sent (see {@link Drafts}). */
@Singleton
public class EnquiryDrafts extends Drafts<EnquiryStep, EnquiryAnswers> {
    public EnquiryDrafts(Sql sql, Clock clock) {
        super(sql, clock, EnquiryStep.FORM, "enquiry_draft", "enquiry_receipt", "enquiry_id", EnquiryAnswers::decode);
    }
}
