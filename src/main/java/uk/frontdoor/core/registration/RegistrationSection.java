package uk.frontdoor.core.registration;

import static uk.frontdoor.core.registration.Field.Kind.CONFIRM;
import static uk.frontdoor.core.registration.Field.Kind.DATE;
import static uk.frontdoor.core.registration.Field.Kind.EMAIL;
import static uk.frontdoor.core.registration.Field.Kind.LONG_TEXT;
import static uk.frontdoor.core.registration.Field.Kind.NUMBER;
import static uk.frontdoor.core.registration.Field.Kind.PHONE;
import static uk.frontdoor.core.registration.Field.Kind.TEXT;
import static uk.frontdoor.core.registration.Field.Kind.YES_NO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.calendar.TypedDate;

/**
 * The sections of the Registration of Interest, in task-list order, each a page of {@link Group}s with its
 * rules. The enquiry's {@code Question} answers one field at a time and names its messages after the
 * enquiry; these sections repeat groups of fields (three referees, five years of addresses) and have rules
 * across them, so they have this small structure of their own. They share the enquiry's {@link Problem}
 * and its email and phone formats.
 */
public enum RegistrationSection {
    APPLICANTS("your-details", false,
            applicant(1, false), applicant(2, true)),
    HOUSEHOLD("household", false, concat(
            IntStream.rangeClosed(1, 3).mapToObj(n -> Group.numbered("adult", n, true,
                    Field.of("name", TEXT).required(), Field.of("dateOfBirth", DATE).required(),
                    Field.of("relationship", TEXT).required())),
            IntStream.rangeClosed(1, 4).mapToObj(n -> Group.numbered("child", n, true,
                    Field.of("name", TEXT).required(), Field.of("age", NUMBER).required())))),
    ADDRESSES("addresses", false, concat(
            IntStream.rangeClosed(1, 6).mapToObj(n -> Group.numbered("address", n, n > 1,
                    Field.of("address", LONG_TEXT).required(), Field.of("from", DATE).required(),
                    Field.of("to", DATE))),
            IntStream.of(0).mapToObj(n -> Group.one("addressGaps", Field.of("explanation", LONG_TEXT))))),
    PREVIOUS_PARTNERS("previous-partners", true,
            IntStream.rangeClosed(1, 2).mapToObj(n -> Group.numbered("partner", n, true,
                    Field.of("name", TEXT).required(), Field.of("contact", TEXT),
                    Field.of("when", TEXT))).toArray(Group[]::new)),
    HEALTH("health", false,
            health("healthCondition"), health("healthMental"), health("healthTreatment")),
    REFEREES("referees", false,
            IntStream.rangeClosed(1, 3).mapToObj(n -> Group.numbered("referee", n, true,
                    Field.of("name", TEXT).required(), Field.of("email", EMAIL), Field.of("phone", PHONE),
                    Field.of("relationship", TEXT).required(), Field.of("relative", YES_NO).required()))
                    .toArray(Group[]::new)),
    EMPLOYER("employer", true,
            Group.one("employer", Field.of("name", TEXT), Field.of("contact", TEXT))),
    CONSENT("consent", false,
            Group.one("consent", Field.of("checks", CONFIRM).required(), Field.of("declaration", CONFIRM).required()));

    private final String slug;
    private final boolean optional;
    private final List<Group> groups;

    RegistrationSection(String slug, boolean optional, Group... groups) {
        this.slug = slug;
        this.optional = optional;
        this.groups = List.of(groups);
    }

    /**
     * Whether the page may tell people they can leave this group blank. The referees' groups are each optional for
     * the field checks, but three referees are needed ({@link Referees}): their page must not say otherwise.
     */
    public boolean mayLeaveBlank(Group group) {
        return group.optional() && this != REFEREES;
    }

    private static Group applicant(int n, boolean optional) {
        return Group.numbered("applicant", n, optional, Field.of("name", TEXT).required(),
                Field.of("dateOfBirth", DATE).required(), Field.of("email", EMAIL).required(),
                Field.of("phone", PHONE).required());
    }

    private static Group health(String kind) {
        return Group.one(kind, Field.of("answer", YES_NO).required(),
                Field.of("details", LONG_TEXT).required().onlyWhenYes("answer"));
    }

    @SafeVarargs
    private static Group[] concat(java.util.stream.Stream<Group>... parts) {
        return Arrays.stream(parts).flatMap(s -> s).toArray(Group[]::new);
    }

    public String slug() {
        return slug;
    }

    /** True when the whole section may be left blank (previous partners, employer). */
    public boolean isOptional() {
        return optional;
    }

    public List<Group> groups() {
        return groups;
    }

    public static Optional<RegistrationSection> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /**
     * The kinds of group a person adds one at a time ("Add another adult") up to this section's number of them;
     * applicants and referees are fixed.
     */
    private static final List<String> REPEATING = List.of("adult", "child", "address", "partner");

    /** The kinds of group in this section that a person can add more of, in page order. */
    public List<String> repeating() {
        return groups.stream().map(Group::kind).filter(REPEATING::contains).distinct().toList();
    }

    /** The most groups of this kind the section has room for (3 other adults, 6 addresses). */
    public int most(String kind) {
        return (int) groups.stream().filter(g -> g.kind().equals(kind)).count();
    }

    /** How many groups of this kind hold answers. */
    public int filled(String kind, Map<String, String> values) {
        return (int) groups.stream().filter(g -> g.kind().equals(kind) && !g.isBlank(values)).count();
    }

    /**
     * The answers with each repeating kind's blank groups taken out and the later ones renumbered, so that
     * the filled groups are always 1, 2, 3 and the stored keys stay as they were ({@code adult2-name}).
     */
    public Map<String, String> compact(Map<String, String> values) {
        Map<String, String> compacted = new LinkedHashMap<>(values);
        for (String kind : repeating()) {
            List<Map<String, String>> kept = new ArrayList<>();
            for (Group g : groups) {
                if (!g.kind().equals(kind)) {
                    continue;
                }
                String prefix = g.prefix() + "-";
                Map<String, String> own = new LinkedHashMap<>();
                values.forEach((k, v) -> {
                    if (k.startsWith(prefix)) {
                        own.put(k.substring(prefix.length()), v);
                    }
                });
                compacted.keySet().removeIf(k -> k.startsWith(prefix));
                if (!g.isBlank(values)) {
                    kept.add(own);
                }
            }
            for (int n = 1; n <= kept.size(); n++) {
                String prefix = kind + n + "-";
                kept.get(n - 1).forEach((k, v) -> compacted.put(prefix + k, v));
            }
        }
        return compacted;
    }

    /** The answers without the group named {@code prefix} ({@code adult2}), the later ones moved up. */
    public Map<String, String> remove(Map<String, String> values, String prefix) {
        boolean repeats = groups.stream().anyMatch(g -> g.prefix().equals(prefix) && REPEATING.contains(g.kind()));
        if (!repeats) {
            return compact(values);
        }
        Map<String, String> without = new LinkedHashMap<>(values);
        without.keySet().removeIf(k -> k.startsWith(prefix + "-"));
        return compact(without);
    }

    /** This section's answers from a submitted form: trimmed, line endings made \n, blanks dropped. */
    public Map<String, String> read(Map<String, List<String>> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Group g : groups) {
            for (Field f : g.fields()) {
                String input = g.input(f.name());
                if (f.kind() == DATE && hasParts(submitted, input)) {
                    readDate(submitted, input, values);
                    continue;
                }
                String value = first(submitted, input);
                if (!value.isEmpty()) {
                    values.put(input, value);
                }
            }
        }
        return values;
    }

    private static boolean hasParts(Map<String, List<String>> submitted, String input) {
        return submitted.containsKey(input + "-day") || submitted.containsKey(input + "-month")
                || submitted.containsKey(input + "-year");
    }

    /**
     * A date's three boxes: each part typed is kept (under {@code <input>-day} and so on) so a re-rendered form
     * shows it, and the answer itself ({@code 27 3 1985}) is what is stored.
     */
    private static void readDate(Map<String, List<String>> submitted, String input, Map<String, String> values) {
        TypedDate date = new TypedDate(first(submitted, input + "-day"), first(submitted, input + "-month"),
                first(submitted, input + "-year"));
        if (date.isBlank()) {
            return;
        }
        values.put(input, date.stored(DateRule.YEARS));
        values.put(input + "-day", date.day());
        values.put(input + "-month", date.month());
        values.put(input + "-year", date.year());
    }

    private static String first(Map<String, List<String>> submitted, String input) {
        return submitted.getOrDefault(input, List.of()).stream()
                .filter(v -> v != null)
                .map(v -> v.replace("\r\n", "\n").replace('\r', '\n').strip())
                .filter(v -> !v.isEmpty())
                .findFirst().orElse("");
    }

    /** What is wrong with this section's answers, in page order; empty when they can be kept. */
    public List<Problem> validate(Map<String, String> values, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        for (Group g : groups) {
            g.check(values, today, problems);
        }
        switch (this) {
            case APPLICANTS -> checkAges(values, today, problems);
            case ADDRESSES -> checkAddresses(values, today, problems);
            case REFEREES -> checkReferees(values, problems);
            default -> {
            }
        }
        return problems;
    }

    private void checkAges(Map<String, String> values, LocalDate today, List<Problem> problems) {
        for (Group g : groups) {
            DateRule.parse(g.value(values, "dateOfBirth"))
                    .filter(dob -> !dob.isAfter(today) && !Ages.isOldEnoughToAdopt(dob, today))
                    .ifPresent(dob -> problems.add(g.problem(g.input("dateOfBirth"), "registration.applicant.dateOfBirth.under21")));
        }
    }

    private void checkAddresses(Map<String, String> values, LocalDate today, List<Problem> problems) {
        if (!problems.isEmpty()) {
            return; // dates first, then whether they cover five years
        }
        List<AddressHistory.Stay> stays = new ArrayList<>();
        for (Group g : groups) {
            if (!g.kind().equals("address") || !g.isGiven(values)) {
                continue;
            }
            LocalDate from = DateRule.parse(g.value(values, "from")).orElseThrow();
            LocalDate to = DateRule.parse(g.value(values, "to")).orElse(null);
            if (to != null && to.isBefore(from)) {
                problems.add(g.problem(g.input("to"), "registration.address.to.beforeFrom"));
                return;
            }
            if (to == null && g.number() > 1) {
                problems.add(g.problem(g.input("to"), "registration.address.to.required"));
                return;
            }
            stays.add(new AddressHistory.Stay(from, to));
        }
        boolean explained = !values.getOrDefault("addressGaps-explanation", "").isEmpty();
        switch (AddressHistory.check(stays, today, explained)) {
            case NOT_FIVE_YEARS -> problems.add(new Problem("address1-from", "registration.addresses.fiveYears"));
            case NOT_UP_TO_DATE -> problems.add(new Problem("address1-to", "registration.addresses.upToDate"));
            case UNEXPLAINED_GAP -> problems.add(new Problem("addressGaps-explanation", "registration.addresses.gap"));
            case FINE -> {
            }
        }
    }

    private void checkReferees(Map<String, String> values, List<Problem> problems) {
        List<Referees.Referee> given = new ArrayList<>();
        for (Group g : groups) {
            if (!g.isGiven(values)) {
                continue;
            }
            if (g.value(values, "email").isEmpty() && g.value(values, "phone").isEmpty()) {
                problems.add(g.problem(g.input("email"), "registration.referee.contact.required"));
            }
            given.add(new Referees.Referee(Field.YES.equals(g.value(values, "relative"))));
        }
        switch (Referees.check(given)) {
            case NOT_THREE -> problems.add(new Problem(firstBlank(values), "registration.referees.three"));
            case TOO_MANY_RELATIVES -> problems.add(new Problem("referee1-relative", "registration.referees.relatives"));
            case FINE -> {
            }
        }
    }

    private String firstBlank(Map<String, String> values) {
        return groups.stream().filter(g -> g.isBlank(values)).findFirst().orElse(groups.get(0)).input("name");
    }

    /** Every message key the rules of this section can give, for checking the bundle has words for them. */
    public List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("registration." + slug + ".title");
        for (Group g : groups) {
            keys.add(g.legendKey());
            for (Field f : g.fields()) {
                keys.add(f.labelKey(g));
                keys.addAll(f.messageKeys(g));
            }
        }
        for (String kind : repeating()) {
            keys.addAll(List.of("registration." + kind + ".add", "registration." + kind + ".most", "registration.remove"));
        }
        switch (this) {
            case APPLICANTS -> keys.add("registration.applicant.dateOfBirth.under21");
            case ADDRESSES -> keys.addAll(List.of("registration.address.to.beforeFrom", "registration.address.to.required",
                    "registration.addresses.fiveYears", "registration.addresses.upToDate", "registration.addresses.gap"));
            case REFEREES -> keys.addAll(List.of("registration.referee.contact.required", "registration.referees.three",
                    "registration.referees.relatives"));
            default -> {
            }
        }
        return keys.stream().distinct().toList();
    }
}
