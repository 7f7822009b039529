package org.turath.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs what the portal hands to browsers and must recognise again (when a form was shown, which browsers
 * signed in to an account): an HMAC under {@code turath.forms.secret}, set the same on every node. Without
 * one, each node draws its own key at start, and what another node or an earlier start signed is not recognised.
 */
@Component
public class Signer {

    private final byte[] key;

    Signer(@Value("${turath.forms.secret:}") String secret) {
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The signature of {@code text} for {@code purpose} (a signature for one purpose is worth nothing for another). */
    public String sign(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((purpose + ":" + text).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is {@code text}'s for {@code purpose}, compared in constant time. */
    public boolean verify(String purpose, String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(purpose, text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
