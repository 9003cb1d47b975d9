package uk.frontdoor.applicant.registration;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;
import uk.frontdoor.core.registration.Field;
import uk.frontdoor.core.registration.Group;
import uk.frontdoor.core.registration.RegistrationAnswers;
import uk.frontdoor.core.registration.RegistrationSection;
import uk.frontdoor.web.form.Choice;
import uk.frontdoor.web.form.FormErrors;
import uk.frontdoor.web.form.SummaryRow;
import uk.frontdoor.web.view.Page;

/** Builds the registration's pages: the task list, a section's form, check your answers and the confirmation. */
@Singleton
class RegistrationPages {
    static final String HOME = "/account/registration";
    static final String CHECK = HOME + "/check";
    static final String SENT = HOME + "/sent";
    private static final Locale UK = Locale.UK;
    static final List<Choice> YES_NO = List.of(Choice.of(Field.YES, "registration.yes"), Choice.of(Field.NO, "registration.no"));

    private final MessageSource messages;

    RegistrationPages(MessageSource messages) {
        this.messages = messages;
    }

    static String path(RegistrationSection section) {
        return HOME + "/" + section.slug();
    }

    /** One row of the task list. */
    public record Task(String titleKey, String href, RegistrationAnswers.Status status) {
        public String statusKey() {
            return "registration.status." + status.name();
        }
    }

    /**
     * One answer box as the template draws it. A date also has its three parts as typed and its inline error
     * (the summary links to the part in error, the message sits on the whole date).
     */
    public record Box(String input, String kind, String labelKey, String value, String autocomplete,
                      List<Choice> options, List<String> values, TypedDate date, FormErrors.Error dateError,
                      int maxLength) {
    }

    /**
     * One fieldset: its legend (with its number) and boxes. A filled group a person added has a Remove button
     * ({@code remove}: its prefix); the last one shown of its kind is followed by "Add another" ({@code addKind})
     * or, when there is no room for more, a message saying the most there can be ({@code full}).
     */
    public record Fieldset(String legendKey, int number, boolean optional, List<Box> boxes, String remove,
                           String addKind, boolean full, int shown) {
    }

    /** A section on check your answers: its title, change link and each given group's rows. */
    public record Summary(String titleKey, String href, List<SummaryGroup> groups) {
    }

    public record SummaryGroup(String legendKey, int number, List<SummaryRow> rows) {
    }

    Page notYet(boolean alreadySent) {
        return Page.of("applicant/registration/not-yet").with("alreadySent", alreadySent).with("backLink", "/account")
                .status(HttpStatus.FORBIDDEN);
    }

    Page tasks(RegistrationAnswers answers, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        int done = 0;
        for (RegistrationSection s : RegistrationSection.values()) {
            RegistrationAnswers.Status status = answers.status(s, today);
            done += status == RegistrationAnswers.Status.COMPLETED ? 1 : 0;
            tasks.add(new Task("registration." + s.slug() + ".title", path(s), status));
        }
        return Page.of("applicant/registration/tasks").with("tasks", tasks).with("done", done)
                .with("total", tasks.size()).with("ready", done == tasks.size()).with("backLink", "/account");
    }

    Page section(RegistrationSection section, Map<String, String> values, List<Problem> problems, Shown shown) {
        FormErrors errors = FormErrors.of(problems);
        List<Fieldset> fieldsets = new ArrayList<>();
        for (Group g : section.groups()) {
            boolean repeats = section.repeating().contains(g.kind());
            if (repeats && g.number() > shown.of(g.kind())) {
                continue;
            }
            List<Box> boxes = new ArrayList<>();
            for (Field f : g.fields()) {
                String input = g.input(f.name());
                String value = values.getOrDefault(input, "");
                boolean isDate = f.kind() == Field.Kind.DATE;
                FormErrors.Error dateError = isDate ? errors.dateMessage(input) : null;
                boxes.add(new Box(input, f.kind().name(), f.labelKey(g), value, autocomplete(g, f),
                        f.kind() == Field.Kind.CONFIRM ? List.of(Choice.of(Field.YES, f.labelKey(g))) : YES_NO,
                        value.isEmpty() ? List.of() : List.of(value), isDate ? f.dateAnswer(g, values) : null, dateError,
                        f.maxLength()));
            }
            boolean last = repeats && g.number() == shown.of(g.kind());
            fieldsets.add(new Fieldset(g.legendKey(), g.number(), section.mayLeaveBlank(g), boxes,
                    repeats && !g.isBlank(values) ? g.prefix() : null, last ? g.kind() : null,
                    last && shown.of(g.kind()) >= section.most(g.kind()), shown.of(g.kind())));
        }
        Page page = Page.of("applicant/registration/section").with("section", section)
                .with("titleKey", "registration." + section.slug() + ".title")
                .with("hintKey", "registration." + section.slug() + ".hint")
                .with("action", path(section)).with("fieldsets", fieldsets).with("backLink", HOME);
        if (!errors.isEmpty()) {
            page = page.with("errors", errors).status(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return page;
    }

    private static String autocomplete(Group g, Field f) {
        if (!g.prefix().equals("applicant1")) {
            return null; // only the person's own details have an input purpose
        }
        // a date of birth's boxes take bday-day, bday-month and bday-year
        return switch (f.name()) {
            case "name" -> "name";
            case "dateOfBirth" -> "bday";
            case "email" -> "email";
            case "phone" -> "tel";
            default -> null;
        };
    }

    Page check(RegistrationAnswers answers) {
        List<Summary> summaries = new ArrayList<>();
        for (RegistrationSection s : RegistrationSection.values()) {
            List<SummaryGroup> groups = new ArrayList<>();
            for (Group g : s.groups()) {
                List<SummaryRow> rows = new ArrayList<>();
                for (Field f : g.fields()) {
                    String value = answers.get(g.input(f.name()));
                    if (!value.isEmpty()) {
                        rows.add(new SummaryRow(f.labelKey(g), words(f, value).lines().toList(),
                                path(s) + "#" + g.input(f.name())));
                    }
                }
                if (!rows.isEmpty()) {
                    groups.add(new SummaryGroup(g.legendKey(), g.number(), rows));
                }
            }
            summaries.add(new Summary("registration." + s.slug() + ".title", path(s), groups));
        }
        return Page.of("applicant/registration/check").with("summaries", summaries).with("backLink", HOME);
    }

    private String words(Field f, String value) {
        if (f.kind() == Field.Kind.YES_NO || f.kind() == Field.Kind.CONFIRM) {
            return messages.getMessage("registration." + value, UK).orElse(value);
        }
        return value;
    }

    Page sent(String reference, LocalDate decideBy) {
        return Page.of("applicant/registration/sent").with("reference", reference).with("decideBy", decideBy);
    }
}
