package org.turath.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The first administrator of a fresh installation, from {@code TURATH_ADMIN_EMAIL} and
 * {@code TURATH_ADMIN_PASSWORD}, created when no administrator exists. In the {@code demo}
 * profile only, demo accounts of each kind, with the password {@code TURATH_DEMO_PASSWORD} or,
 * when that is not set, a random one printed once in the log (no credential lives in the code).
 */
@Component
@Order(5)
class FirstAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

    private final AccountsApi accounts;
    private final Environment environment;
    private final String adminEmail;
    private final String adminPassword;
    private final String demoPassword;

    FirstAccounts(AccountsApi accounts, Environment environment,
                  @Value("${turath.admin.email:}") String adminEmail, @Value("${turath.admin.password:}") String adminPassword,
                  @Value("${turath.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.environment = environment;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminEmail.isBlank() && !accounts.anyoneHas(Role.ADMIN)) {
            accounts.create(adminEmail, "Administrator", adminPassword, Language.DEFAULT, null, Set.of(Role.ADMIN), Set.of());
            log.info("First administrator created: {}", adminEmail);
        }
        if (environment.acceptsProfiles(Profiles.of("demo")) && accounts.find("admin@demo.turath.invalid").isEmpty()) {
            String password = demoPassword.isBlank() ? randomPassword() : demoPassword;
            accounts.create("admin@demo.turath.invalid", "مدير العرض", password, Language.AR, "Turath demo", Set.of(Role.ADMIN), Set.of());
            accounts.create("secretariat@demo.turath.invalid", "Secrétariat (démo)", password, Language.FR, "Turath demo",
                    Set.of(Role.SECRETARIAT, Role.EDITOR), Set.of());
            accounts.create("focal.ma@demo.turath.invalid", "Focal point, Morocco (demo)", password, Language.EN,
                    "National Commission (demo)", Set.of(Role.FOCAL_POINT), Set.of("MA"));
            // an expert of the scientific committee (from Türkiye: may evaluate Moroccan files) and a Committee member
            accounts.create("expert@demo.turath.invalid", "Expert (demo)", password, Language.EN, "Scientific committee (demo)",
                    Set.of(Role.EVALUATOR), Set.of("TR"));
            accounts.create("member@demo.turath.invalid", "عضو اللجنة (عرض)", password, Language.AR, "Committee (demo)",
                    Set.of(Role.COMMITTEE_MEMBER), Set.of());
            accounts.create("trainer@demo.turath.invalid", "Formatrice (démo)", password, Language.FR, "Turath demo",
                    Set.of(Role.TRAINER), Set.of());
            accounts.create("curator@demo.turath.invalid", "Curator (demo)", password, Language.EN, "Turath demo",
                    Set.of(Role.MUSEUM_CURATOR), Set.of());
            log.warn("Demo accounts created (admin@, secretariat@, focal.ma@, expert@, member@, trainer@, curator@demo.turath.invalid){}",
                    demoPassword.isBlank() ? " with the one-time password: " + password : " with TURATH_DEMO_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
