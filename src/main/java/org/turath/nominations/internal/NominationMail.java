package org.turath.nominations.internal;

import org.springframework.context.MessageSource;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.domain.NominationFile;
import org.turath.shared.Language;
import org.turath.mail.Mailer;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the nomination workflow tells people by mail, in each person's language, through the outbox.
 */
@Component
public class NominationMail {

    private final AccountsApi accounts;
    private final MessageSource messages;
    private final Mailer mailer;

    NominationMail(AccountsApi accounts, MessageSource messages, Mailer mailer) {
        this.accounts = accounts;
        this.messages = messages;
        this.mailer = mailer;
    }

    /** Tells the state: whoever submitted the file and whoever began it. */
    void tellState(NominationFile file, String kind, String detail) {
        Set<String> told = new java.util.HashSet<>();
        for (var step : file.steps()) {
            if (step.command() == NominationCommand.SUBMIT && told.add(step.actor())) {
                tell(step.actor(), kind, file, displayName(file, step.actor()), detail);
            }
        }
        if (told.add(file.createdBy())) {
            tell(file.createdBy(), kind, file, displayName(file, file.createdBy()), detail);
        }
    }

    void tell(String to, String kind, NominationFile file, String name, String detail) {
        Language language = accounts.find(to).map(AccountView::language).orElse(Language.EN);
        Object[] arguments = {name, file.label(), file.name().resolve(language).map(l -> l.text()).orElse(""), detail, file.cycleYear()};
        // the subject names the file by its label ({1} in the body is {0} in the subject)
        Object[] subjectArguments = {file.label(), name, arguments[2], detail, file.cycleYear()};
        String subject = messages.getMessage("nominations.mail." + kind + ".subject", subjectArguments, language.locale());
        String body = messages.getMessage("nominations.mail." + kind + ".body", arguments, language.locale());
        mailer.queue(to, subject, body);
    }

    String displayName(NominationFile file, String email) {
        return accounts.find(email).map(AccountView::displayName).orElse(email);
    }
}
