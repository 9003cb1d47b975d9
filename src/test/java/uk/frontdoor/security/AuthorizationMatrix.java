package uk.frontdoor.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.testing.WebClient;

/**
 * The matrix file ({@code security/authorization-matrix.md}) read into rows: a method, a path with named records in
 * braces, and the outcome each person should get; and which staff pages show personal data (the list after the
 * tables). Other lines are prose and ignored.
 */
public record AuthorizationMatrix(List<Row> rows, Map<String, Boolean> showsPersonalData) {
    public static final String FILE = "security/authorization-matrix.md";

    public record Row(int line, String method, String path, Map<String, String> expected) {
        public boolean isSignOut() {
            return path.endsWith("/sign-out") || endsEverySession();
        }

        /** Signs the person out on every device: walked after every other row, in a browser signed in for it. */
        public boolean endsEverySession() {
            return path.endsWith("/sign-out-everywhere");
        }

        /** Where the row comes in the walk: sign-outs after the rest, signing out everywhere after those. */
        public int walkOrder() {
            return endsEverySession() ? 2 : isSignOut() ? 1 : 0;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static AuthorizationMatrix read() {
        try (InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("No " + FILE + " on the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorizationMatrix parse(String text) {
        List<Row> rows = new ArrayList<>();
        Map<String, Boolean> personal = new LinkedHashMap<>();
        var named = java.util.regex.Pattern.compile("- (shows personal data|no personal data): `(GET [^`]+)`");
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            var page = named.matcher(line);
            if (page.matches() && personal.put(page.group(2), page.group(1).startsWith("shows")) != null) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + " names " + page.group(2) + " twice");
            }
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(String::strip).toList();
            String method = cells.get(0);
            if (!method.matches("GET|POST|PUT|PATCH|DELETE|HEAD")) {
                continue; // a header, a separator or the legend
            }
            if (cells.size() != 2 + Identities.NAMES.size()) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + ": expected " + Identities.NAMES.size()
                        + " outcomes, one per person, but found " + (cells.size() - 2));
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int c = 0; c < Identities.NAMES.size(); c++) {
                expected.put(Identities.NAMES.get(c), cells.get(2 + c));
            }
            rows.add(new Row(i + 1, method, cells.get(1), expected));
        }
        return new AuthorizationMatrix(rows, personal);
    }

    /** How the matrix names what a response was: its status, or where a redirect goes. */
    public static String outcome(WebClient.Page page) {
        if (page.status() == 303 || page.status() == 302) {
            String location = page.header("Location").orElse("");
            if (location.startsWith("/staff/sign-in?next=")) {
                return "staff-signin";
            }
            if (location.startsWith("/sign-in?next=")) {
                return "signin";
            }
            if (location.startsWith("/staff/two-factor/set-up?next=")) {
                return "set-up-app";
            }
            return "303";
        }
        return String.valueOf(page.status());
    }
}
