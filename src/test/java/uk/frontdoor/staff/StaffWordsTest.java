package uk.frontdoor.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.runtime.context.CompositeMessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.core.staff.PasswordProblem;
import uk.frontdoor.core.staff.Role;
import uk.frontdoor.core.work.ContactChannel;
import uk.frontdoor.core.work.Deadline;
import uk.frontdoor.core.work.Deadline.State;
import uk.frontdoor.core.work.TriageOutcome;
import uk.frontdoor.core.work.WorkItemStatus;
import uk.frontdoor.core.work.WorkKind;
import uk.frontdoor.core.work.WorkQueue;

/** The staff pages' words: the due-date wording, and no key used without words in a bundle. */
class StaffWordsTest {
    private final StaffWords words = new StaffWords(new CompositeMessageSource(List.of(
            new ResourceBundleMessageSource("i18n.messages"), new ResourceBundleMessageSource("i18n.staff"))));
    private final ItemTags tags = new ItemTags(words);

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = StaffWordsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void the_clock_reads_overdue_due_today_or_due_in_working_days() {
        assertEquals(new Tag("Overdue", "red"), tags.due(new Deadline(State.OVERDUE, 3)));
        assertEquals(new Tag("Due today", "orange"), tags.due(new Deadline(State.DUE_TODAY, 0)));
        assertEquals(new Tag("Due in 1 working day", "yellow"), tags.due(new Deadline(State.DUE_LATER, 1)));
        assertEquals(new Tag("Due in 2 working days", "yellow"), tags.due(new Deadline(State.DUE_LATER, 2)));
        assertEquals(new Tag("Due in 10 working days", "grey"), tags.due(new Deadline(State.DUE_LATER, 10)));
        assertNull(tags.due(new Deadline(State.CLOSED, 0)), "a closed item shows no clock");
    }

    @Test
    void the_enquiry_forms_codes_read_as_words_even_when_new() {
        assertEquals("Early permanence (fostering for adoption)", words.code("interests", "early_permanence"));
        assertEquals("Foster carers forum", words.code("heardAbout", "foster-carers_forum"));
        assertEquals("Not given", words.code("heardAbout", ""));
        assertEquals("Older children", StaffWords.readable("OLDER_CHILDREN"));
    }

    @Test
    void every_status_channel_outcome_role_and_kind_of_work_has_words() {
        Properties staff = bundle("staff");
        List<String> missing = new ArrayList<>();
        for (WorkItemStatus s : WorkItemStatus.values()) {
            check(staff, ItemTags.statusKey(s), missing);
        }
        for (ContactChannel c : ContactChannel.values()) {
            check(staff, "staff.channel." + c.name(), missing);
        }
        for (TriageOutcome o : TriageOutcome.values()) {
            check(staff, "staff.outcome." + o.name(), missing);
            check(staff, "staff.outcomeDone." + o.name(), missing);
        }
        for (Role r : Role.values()) {
            check(staff, "staff.role." + r.name(), missing);
        }
        for (WorkKind k : WorkKind.values()) {
            check(staff, "staff.workKind." + k.name(), missing);
        }
        for (String event : List.of("CREATED", "CLAIMED", "ASSIGNED", "STATUS", WorkQueue.RETURNED_TO_QUEUE)) {
            check(staff, "staff.history." + event, missing);
        }
        for (PasswordProblem p : PasswordProblem.values()) {
            check(staff, PasswordErrors.key(p), missing);
        }
        assertTrue(missing.isEmpty(), "no words for " + missing);
    }

    @Test
    void every_key_the_staff_pages_name_has_words() throws IOException {
        Properties all = bundle("messages");
        all.putAll(bundle("staff"));
        all.putAll(bundle("events")); // the staff pages for events and training
        all.putAll(bundle("enquiry")); // an enquiry taken by phone asks the public form's own questions
        Pattern inTemplate = Pattern.compile("#\\{((?:[A-Za-z0-9.-]|_(?!_))+[A-Za-z0-9])(?![A-Za-z0-9._-])");
        Pattern inJava = Pattern.compile("\"(staff\\.[A-Za-z0-9._]+[A-Za-z0-9])\"");
        List<String> missing = new ArrayList<>();
        // core names the keys of the problems it refuses staff actions with (ADR 33): accounts, routing and targets
        try (Stream<Path> files = Stream.concat(
                Stream.concat(Files.walk(Path.of("src/main/resources/views/staff")),
                        Stream.concat(Files.walk(Path.of("src/main/java/uk/frontdoor/core/staff")),
                                Files.walk(Path.of("src/main/java/uk/frontdoor/core/region")))),
                Stream.concat(Files.walk(Path.of("src/main/java/uk/frontdoor/staff")),
                        Stream.of(Path.of("src/main/resources/views/components/notification-banner.html"),
                                Path.of("src/main/resources/views/components/pagination.html"))))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Matcher m = (file.toString().endsWith(".java") ? inJava : inTemplate).matcher(text);
                while (m.find()) {
                    // an email field names the prefix of its messages (<prefix>.required, .format, .tooLong)
                    boolean emailFieldPrefix = file.toString().endsWith(".java") && all.containsKey(m.group(1) + ".required");
                    if (!all.containsKey(m.group(1)) && !emailFieldPrefix) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no words for " + missing);
    }

    private static void check(Properties bundle, String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }
}
