package org.turath.accounts.internal;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.turath.accounts.AccountsApi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: long enough, not one of the passwords most often found in
 * leaks (the list shipped in {@code security/common-passwords.txt}), not a repetition, not the
 * person's e-mail name. Says why not as a message key.
 */
@Component
public class PasswordPolicy {

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing", e);
        }
        this.common = Set.copyOf(passwords);
    }

    /** The message key of what is wrong with {@code password} for the account {@code email}; empty when it is fine. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < AccountsApi.MIN_PASSWORD_LENGTH) {
            return Optional.of("accounts.password.too-short");
        }
        if (password.length() > 200) {
            return Optional.of("accounts.password.too-long");
        }
        if (!WebSecurity.wellFormed(password) || password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("accounts.password.invalid");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || repeats(lower)) {
            return Optional.of("accounts.password.common");
        }
        if (email != null) {
            String name = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
            if (name.length() >= 4 && lower.contains(name)) {
                return Optional.of("accounts.password.contains-email");
            }
        }
        return Optional.empty();
    }

    /** "passwordpassword", "abcabcabcabc", "aaaaaaaaaaaa". */
    private static boolean repeats(String password) {
        int length = password.length();
        for (int size = 1; size <= length / 2; size++) {
            if (length % size == 0 && password.substring(0, size).repeat(length / size).equals(password)) {
                return true;
            }
        }
        return false;
    }
}
