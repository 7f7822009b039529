package org.turath.accounts.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
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
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                    }
                }
            }
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                    + path + "\"/></svg>";
            return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
