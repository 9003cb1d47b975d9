package uk.frontdoor.staff.signin;

/**
 * Where to go after signing in. Only a page of the staff site on this server is honoured, so a link
 * crafted elsewhere cannot use the sign-in page to send someone to another site (no open redirect).
 */
public final class NextPage {
    public static final String HOME = "/staff";
    private static final int MAX_LENGTH = 2000;

    private NextPage() {
    }

    /** {@code next} when it is a local {@code /staff} path, otherwise the staff home page. */
    public static String orHome(String next) {
        return isSafe(next) ? next : HOME;
    }

    public static boolean isSafe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH) {
            return false;
        }
        if (!next.startsWith(HOME)) {
            return false;
        }
        if (next.length() > HOME.length() && "/?#".indexOf(next.charAt(HOME.length())) < 0) {
            return false; // "/staffing.example" is not ours
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                return false; // no spaces, control characters (header splitting) or backslashes
            }
        }
        String path = next.split("[?#]", 2)[0];
        return !path.contains("//") && !path.contains("/../") && !path.endsWith("/..") && !path.contains("/./");
    }
}
