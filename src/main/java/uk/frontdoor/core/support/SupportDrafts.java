package uk.frontdoor.core.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import uk.frontdoor.core.questions.Drafts;
import uk.frontdoor.platform.db.Sql;

/** Support requests being filled in, and the receipt of the last one each session sent (see {@link Drafts}). */
@Singleton
public class SupportDrafts extends Drafts<SupportStep, SupportAnswers> {
    public SupportDrafts(Sql sql, Clock clock) {
        super(sql, clock, SupportStep.FORM, "support_draft", "support_receipt", "support_request_id",
                SupportAnswers::decode);
    }
}
