package uk.frontdoor.core.staff.twofactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The codes an authenticator app shows, checked against the test vectors published with RFC 6238 and RFC 4648. */
class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the app shows {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void codes_match_rfc_6238s_vectors_in_their_last_six_digits(long seconds, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(Integer.parseInt(eightDigits) % 100_000_000, Totp.truncate(Totp.hmac(RFC_SECRET, step)) % 100_000_000);
        assertEquals(eightDigits.substring(2), Totp.code(RFC_SECRET, step));
    }

    @Test
    void a_code_lasts_thirty_seconds() {
        assertEquals(Totp.step(Instant.ofEpochSecond(60)), Totp.step(Instant.ofEpochSecond(89)));
        assertEquals(Totp.step(Instant.ofEpochSecond(60)) + 1, Totp.step(Instant.ofEpochSecond(90)));
    }

    @ParameterizedTest(name = "{0} is {1} in base 32")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void secrets_are_base_32_as_rfc_4648_spells_it(String bytes, String base32) {
        assertEquals(base32, Base32.encode(bytes.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(bytes.getBytes(StandardCharsets.US_ASCII), Base32.decode(base32.toLowerCase()));
    }

    @Test
    void a_typed_secret_may_have_spaces_but_no_other_letters() {
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("MZXW 6YTB OI"));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }
}
