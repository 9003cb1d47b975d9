package uk.frontdoor.staff.workitem;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.core.enquiry.Enquiry;
import uk.frontdoor.staff.DisplayDates;
import uk.frontdoor.staff.StaffWords;
import uk.frontdoor.web.form.SummaryRow;

/** An enquiry as the rows of a summary list, with the words for the form's codes. */
@Singleton
class EnquiryAnswers {
    private final StaffWords words;

    EnquiryAnswers(StaffWords words) {
        this.words = words;
    }

    List<SummaryRow> rows(Enquiry e) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(row("staff.enquiry.name", e.fullName()));
        rows.add(row("staff.enquiry.borough", e.boroughName()));
        rows.add(row("staff.enquiry.email", e.email()));
        rows.add(row("staff.enquiry.phone", e.phone()));
        rows.add(row("staff.enquiry.contactMethod", words.code("contactMethod", e.contactMethod())));
        rows.add(new SummaryRow("staff.enquiry.contactTimes", codes("contactTimes", e.contactTimes()), null));
        List<String> household = new ArrayList<>(List.of(words.code("applyingWith", e.applyingWith())));
        if (e.partnerName() != null && !e.partnerName().isBlank()) {
            household.add(words.of("staff.enquiry.partner", e.partnerName()));
        }
        rows.add(new SummaryRow("staff.enquiry.household", household, null));
        rows.add(new SummaryRow("staff.enquiry.interests", codes("interests", e.interests()), null));
        List<String> children = new ArrayList<>(codes("childrenConsidered", e.childrenConsidered()));
        if (e.childrenNotes() != null && !e.childrenNotes().isBlank()) {
            children.addAll(e.childrenNotes().lines().toList());
        }
        rows.add(new SummaryRow("staff.enquiry.children", children, null));
        List<String> heard = new ArrayList<>(List.of(words.code("heardAbout", e.heardAbout())));
        if (e.heardAboutOther() != null && !e.heardAboutOther().isBlank()) {
            heard.add(e.heardAboutOther());
        }
        rows.add(new SummaryRow("staff.enquiry.heardAbout", heard, null));
        rows.add(row("staff.enquiry.submitted", DisplayDates.moment(e.submittedAt())));
        List<String> method = new ArrayList<>(List.of(words.of("enquiry.method." + e.method().name())));
        if (e.recordedBy() != null) {
            method.add(words.of("staff.enquiry.recordedBy", e.recordedBy()));
        }
        rows.add(new SummaryRow("staff.enquiry.method", method, null));
        return rows;
    }

    private SummaryRow row(String key, String value) {
        return new SummaryRow(key, List.of(value == null || value.isBlank() ? words.of("common.notGiven") : value), null);
    }

    private List<String> codes(String question, List<String> codes) {
        return codes.isEmpty() ? List.of(words.of("common.notGiven"))
                : codes.stream().map(c -> words.code(question, c)).toList();
    }
}
