package uk.frontdoor.core.enquiry;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One question of the enquiry form: the name of its field, the kind of answer it takes and the rules
 * for that answer. Choice questions list their option codes; their words are message keys
 * {@code enquiry.<name>.<code>} in {@code i18n/enquiry.properties}, and so are their error messages:
 * {@code enquiry.<name>.required} (missing, or not one of the options), {@code .unknown} (an optional
 * choice that is not one of the options), {@code .tooLong}, {@code .format} and {@code .exclusive}.
 *
 * @param alternative the option shown after an "or" divider ("Not sure yet", "Prefer not to say"); in a
 *                    several-choice question it cannot be combined with other options
 * @param onlyWhenField with {@code onlyWhenCode}: the question is asked (and its answer kept) only when
 *                      that other question of the same page has that answer
 */
public record Question(String name, Kind kind, List<String> codes, int maxLength, boolean answerRequired, Format format,
                       String alternative, String onlyWhenField, String onlyWhenCode) {

    public enum Kind {
        /** Free text. */
        TEXT,
        /** One of the listed options (radios). */
        ONE_OF,
        /** Any number of the listed options (checkboxes). */
        MANY_OF,
        /** One of the region's boroughs, or {@link EnquiryStep#ELSEWHERE}: the options are data. */
        BOROUGH
    }

    public enum Format {
        ANY {
            @Override
            public boolean accepts(String value) {
                return true;
            }
        },
        /** Something, an @, and a domain with a dot: the address is proved by the email reaching it. */
        EMAIL {
            private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

            @Override
            public boolean accepts(String value) {
                return SHAPE.matcher(value).matches();
            }
        },
        /** A UK phone number as people write it: digits, spaces, + and brackets, with 10 to 15 digits. */
        PHONE {
            private static final Pattern CHARACTERS = Pattern.compile("^[0-9 +()]+$");

            @Override
            public boolean accepts(String value) {
                long digits = value.chars().filter(Character::isDigit).count();
                return CHARACTERS.matcher(value).matches() && digits >= 10 && digits <= 15;
            }
        };

        public abstract boolean accepts(String value);
    }

    static final int NO_LIMIT = Integer.MAX_VALUE;

    public static Question text(String name, int maxLength) {
        return new Question(name, Kind.TEXT, List.of(), maxLength, false, Format.ANY, null, null, null);
    }

    public static Question oneOf(String name, String... codes) {
        return new Question(name, Kind.ONE_OF, List.of(codes), NO_LIMIT, false, Format.ANY, null, null, null);
    }

    public static Question manyOf(String name, String... codes) {
        return new Question(name, Kind.MANY_OF, List.of(codes), NO_LIMIT, false, Format.ANY, null, null, null);
    }

    public static Question borough(String name) {
        return new Question(name, Kind.BOROUGH, List.of(), NO_LIMIT, false, Format.ANY, EnquiryStep.ELSEWHERE,
                null, null);
    }

    public Question required() {
        return new Question(name, kind, codes, maxLength, true, format, alternative, onlyWhenField, onlyWhenCode);
    }

    public Question format(Format f) {
        return new Question(name, kind, codes, maxLength, answerRequired, f, alternative, onlyWhenField, onlyWhenCode);
    }

    public Question alternative(String code) {
        return new Question(name, kind, codes, maxLength, answerRequired, format, code, onlyWhenField, onlyWhenCode);
    }

    public Question onlyWhen(String field, String code) {
        return new Question(name, kind, codes, maxLength, answerRequired, format, alternative, field, code);
    }

    public boolean isChoice() {
        return kind != Kind.TEXT;
    }

    public boolean isMany() {
        return kind == Kind.MANY_OF;
    }

    /** False when the question depends on another answer that was not given. */
    public boolean isAsked(EnquiryAnswers answers) {
        return onlyWhenField == null || onlyWhenCode.equals(answers.get(onlyWhenField));
    }

    /** The options people may choose from. */
    public List<String> options(Collection<String> boroughCodes) {
        if (kind == Kind.BOROUGH) {
            return java.util.stream.Stream.concat(boroughCodes.stream(), java.util.stream.Stream.of(alternative))
                    .toList();
        }
        return codes;
    }

    void check(EnquiryAnswers answers, Collection<String> boroughCodes, List<Problem> problems) {
        if (!isAsked(answers)) {
            return;
        }
        List<String> values = answers.all(name);
        if (values.isEmpty()) {
            if (answerRequired) {
                problems.add(problem("required"));
            }
            return;
        }
        switch (kind) {
            case TEXT -> {
                String value = values.get(0);
                if (value.codePointCount(0, value.length()) > maxLength) {
                    problems.add(problem("tooLong"));
                } else if (!format.accepts(value)) {
                    problems.add(problem("format"));
                }
            }
            case ONE_OF, BOROUGH -> {
                if (values.size() > 1 || !options(boroughCodes).contains(values.get(0))) {
                    problems.add(problem(answerRequired ? "required" : "unknown"));
                }
            }
            case MANY_OF -> {
                if (!codes.containsAll(values)) {
                    problems.add(problem(answerRequired ? "required" : "unknown"));
                } else if (alternative != null && values.contains(alternative) && values.size() > 1) {
                    problems.add(problem("exclusive"));
                }
            }
        }
    }

    /** The message keys this question's rules can give, for checking that the bundle has them all. */
    public List<String> messageKeys() {
        List<String> keys = new java.util.ArrayList<>();
        if (answerRequired) {
            keys.add(key("required"));
        }
        if (kind == Kind.TEXT) {
            keys.add(key("tooLong"));
            if (format != Format.ANY) {
                keys.add(key("format"));
            }
        } else if (!answerRequired) {
            keys.add(key("unknown"));
        }
        if (kind == Kind.MANY_OF && alternative != null) {
            keys.add(key("exclusive"));
        }
        return keys;
    }

    private Problem problem(String rule) {
        return new Problem(name, key(rule));
    }

    private String key(String rule) {
        return "enquiry." + name + "." + rule;
    }
}
