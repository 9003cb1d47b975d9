package uk.frontdoor.core.questions;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import uk.frontdoor.core.action.Problem;
import uk.frontdoor.core.identity.EmailAddress;

/**
 * One question of a public form (the adoption enquiry, the support request): the name of its field, the
 * kind of answer it takes and the rules for that answer. Choice questions list their option codes; their
 * words are message keys {@code <form>.<name>.<code>} in the form's bundle ({@code <form>} is the key
 * prefix the form passes, e.g. {@code enquiry}), and so are their error messages:
 * {@code <form>.<name>.required} (missing, or not one of the options), {@code .unknown} (an optional
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
        /** One of the region's boroughs, or {@link Question#ELSEWHERE}: the options are data. */
        BOROUGH
    }

    public enum Format {
        ANY {
            @Override
            public String rule(String value) {
                return null;
            }
        },
        /** An address we can send to, in its one canonical form ({@link EmailAddress}): the email proves it. */
        EMAIL {
            @Override
            public String rule(String value) {
                return EmailAddress.read(value) instanceof EmailAddress.Reading.Invalid invalid
                        ? invalid.problem().code() : null;
            }

            @Override
            public String normalise(String value) {
                return EmailAddress.canonical(value).map(EmailAddress::value).orElse(value);
            }

            @Override
            public List<String> messageKeys(String prefix) {
                return Arrays.stream(EmailAddress.Problem.values())
                        .filter(p -> p != EmailAddress.Problem.MISSING && p != EmailAddress.Problem.TOO_LONG)
                        .map(p -> p.messageKey(prefix)).toList();
            }

            @Override
            public String messageKey(String prefix, String rule) {
                return EmailAddress.Problem.ofCode(rule).messageKey(prefix);
            }
        },
        /** A UK phone number as people write it: digits, spaces, + and brackets, with 10 to 15 digits. */
        PHONE {
            private static final Pattern CHARACTERS = Pattern.compile("^[0-9 +()]+$");

            @Override
            public String rule(String value) {
                long digits = value.chars().filter(Character::isDigit).count();
                return CHARACTERS.matcher(value).matches() && digits >= 10 && digits <= 15 ? null : "format";
            }
        };

        /** What is wrong with a value that is not blank, as a rule name ({@code format}, ...), or null. */
        public abstract String rule(String value);

        public boolean accepts(String value) {
            return rule(value) == null;
        }

        /** The value as it is kept once accepted (an email address in its canonical form). */
        public String normalise(String value) {
            return value;
        }

        /** The message keys this format's rules can give, for a question whose keys start {@code prefix}. */
        public List<String> messageKeys(String prefix) {
            return this == ANY ? List.of() : List.of(messageKey(prefix, "format"));
        }

        public String messageKey(String prefix, String rule) {
            return prefix + "." + rule;
        }
    }

    static final int NO_LIMIT = Integer.MAX_VALUE;

    /** The option of a borough question for a person outside the region. */
    public static final String ELSEWHERE = "elsewhere";

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
        return new Question(name, Kind.BOROUGH, List.of(), NO_LIMIT, false, Format.ANY, ELSEWHERE,
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

    /** False when the question depends on another answer (one of a checkbox question's) that was not given. */
    public boolean isAsked(Answers answers) {
        return onlyWhenField == null || answers.all(onlyWhenField).contains(onlyWhenCode);
    }

    /** The options people may choose from. */
    public List<String> options(Collection<String> boroughCodes) {
        if (kind == Kind.BOROUGH) {
            return java.util.stream.Stream.concat(boroughCodes.stream(), java.util.stream.Stream.of(alternative))
                    .toList();
        }
        return codes;
    }

    /**
     * This page's answers read from a submitted form: trimmed, line endings made {@code \n} (so a limit
     * counts what people typed), blanks dropped, one value for a single-answer question, each option once.
     */
    public static java.util.Map<String, List<String>> read(List<Question> questions,
                                                          java.util.Map<String, List<String>> submitted) {
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (Question q : questions) {
            List<String> given = submitted.getOrDefault(q.name(), List.of()).stream()
                    .filter(v -> v != null)
                    .map(v -> v.replace("\r\n", "\n").replace('\r', '\n').strip())
                    .filter(v -> !v.isEmpty())
                    .map(q.format()::normalise)
                    .distinct()
                    .toList();
            if (!given.isEmpty()) {
                values.put(q.name(), q.isMany() ? given : List.of(given.get(0)));
            }
        }
        return values;
    }

    /** Adds what is wrong with this question's answer to {@code problems}; message keys start {@code form.}. */
    public void check(Answers answers, Collection<String> boroughCodes, String form, List<Problem> problems) {
        if (!isAsked(answers)) {
            return;
        }
        List<String> values = answers.all(name);
        if (values.isEmpty()) {
            if (answerRequired) {
                problems.add(problem(form, "required"));
            }
            return;
        }
        switch (kind) {
            case TEXT -> {
                String value = values.get(0);
                String rule = format.rule(value);
                if (value.codePointCount(0, value.length()) > maxLength) {
                    problems.add(problem(form, "tooLong"));
                } else if (rule != null) {
                    problems.add(new Problem(name, format.messageKey(form + "." + name, rule)));
                }
            }
            case ONE_OF, BOROUGH -> {
                if (values.size() > 1 || !options(boroughCodes).contains(values.get(0))) {
                    problems.add(problem(form, answerRequired ? "required" : "unknown"));
                }
            }
            case MANY_OF -> {
                if (!codes.containsAll(values)) {
                    problems.add(problem(form, answerRequired ? "required" : "unknown"));
                } else if (alternative != null && values.contains(alternative) && values.size() > 1) {
                    problems.add(problem(form, "exclusive"));
                }
            }
        }
    }

    /** The message keys this question's rules can give, for checking that the bundle has them all. */
    public List<String> messageKeys(String form) {
        List<String> keys = new java.util.ArrayList<>();
        if (answerRequired) {
            keys.add(key(form, "required"));
        }
        if (kind == Kind.TEXT) {
            keys.add(key(form, "tooLong"));
            keys.addAll(format.messageKeys(form + "." + name));
        } else if (!answerRequired) {
            keys.add(key(form, "unknown"));
        }
        if (kind == Kind.MANY_OF && alternative != null) {
            keys.add(key(form, "exclusive"));
        }
        return keys;
    }

    private Problem problem(String form, String rule) {
        return new Problem(name, key(form, rule));
    }

    private String key(String form, String rule) {
        return form + "." + name + "." + rule;
    }
}
