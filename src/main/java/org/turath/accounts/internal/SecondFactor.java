package org.turath.accounts.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30 seconds, 6 digits), as authenticator apps
 * make them. A code is accepted for the current time step or the one before or after (clocks
 * drift), and never for a step already used.
 */
@Component
public class SecondFactor {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final Clock clock;

    SecondFactor() {
        this(Clock.systemUTC());
    }

    SecondFactor(Clock clock) {
        this.clock = clock;
    }

    /** A new shared secret, Base32 as apps take it. */
    public String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The time step the code is for, if it is right and newer than {@code lastUsedStep}. */
    public OptionalLong verify(String secret, String code, Long lastUsedStep) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        Instant now = clock.instant();
        long step = now.getEpochSecond() / totp.getTimeStep().getSeconds();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (lastUsedStep != null && candidate <= lastUsedStep) {
                continue;
            }
            try {
                String expected = totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(candidate * totp.getTimeStep().getSeconds()));
                if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(candidate);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth URI apps read from the QR code. */
    public String uri(String email, String secret) {
        String label = URLEncoder.encode("Turath:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Turath&algorithm=SHA1&digits=6&period=30";
    }

    /** The QR code of {@code text} as an SVG image in a data URI (the page's policy allows data: images). */
    public String qrCode(String text) {
        return org.turath.documents.QrCodes.svgDataUri(text);
    }
}
