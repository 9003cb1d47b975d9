package uk.frontdoor.staff.workitem;

import java.util.Arrays;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.core.work.NewContact;
import uk.frontdoor.web.form.FormData;

/** The contact log form read into a {@link NewContact} (a channel not in the list is none); the rules are core's. */
record ContactForm(NewContact contact) {

    static ContactForm read(FormData form) {
        ContactChannel channel = Arrays.stream(ContactChannel.values())
                .filter(c -> c.name().equals(form.get("channel"))).findFirst().orElse(null);
        return new ContactForm(new NewContact(channel, form.get("summary")));
    }

    ItemAnswers answers() {
        return new ItemAnswers("", contact.channel() == null ? "" : contact.channel().name(), contact.summary(), "",
                "", "", "", "");
    }
}
