package org.turath.accounts;

import org.turath.shared.Language;

import java.util.Set;

/** A person's account as pages show it. */
public record AccountView(String email, String displayName, Language language, String organisation, Set<Role> roles,
                          Set<String> states) {
}
