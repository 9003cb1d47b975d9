package uk.frontdoor.staff.workitem;

import java.util.Optional;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.web.form.FormData;
import uk.frontdoor.web.form.FormErrors;

/** An entry for the contact log: how the contact was made and what was said. */
record ContactForm(Optional<ContactChannel> channel, String summary) {
    static final int MAX_SUMMARY = 4000;

    static ContactForm read(FormData form) {
        Optional<ContactChannel> channel;
        try {
            String value = form.get("channel");
            channel = value.isEmpty() ? Optional.empty() : Optional.of(ContactChannel.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            channel = Optional.empty();
        }
        return new ContactForm(channel, form.get("summary"));
    }

    FormErrors check(FormErrors errors) {
        if (channel.isEmpty()) {
            errors.add("channel", "staff.contact.error.channelMissing");
        }
        if (summary.isEmpty()) {
            errors.add("summary", "staff.contact.error.summaryMissing");
        } else if (summary.codePointCount(0, summary.length()) > MAX_SUMMARY) {
            errors.add("summary", "staff.contact.error.summaryTooLong");
        }
        return errors;
    }

    ItemAnswers answers() {
        return new ItemAnswers("", channel.map(Enum::name).orElse(""), summary, "", "", "", "", "");
    }
}
