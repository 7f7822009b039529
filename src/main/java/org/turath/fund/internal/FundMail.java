package org.turath.fund.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.fund.domain.FundRequest;
import org.turath.mail.Mailer;
import org.turath.shared.Language;
import org.turath.web.LinkedData;

/** What the Support Fund tells people by mail, in each person's language, through the outbox, with a link to the request. */
@Component
class FundMail {

    private final AccountsApi accounts;
    private final MessageSource messages;
    private final Mailer mailer;
    private final LinkedData addresses;

    FundMail(AccountsApi accounts, MessageSource messages, Mailer mailer, LinkedData addresses) {
        this.accounts = accounts;
        this.messages = messages;
        this.mailer = mailer;
        this.addresses = addresses;
    }

    /** Tells {@code to} that {@code kind} happened to the request ({@code fund.mail.<kind>.subject/body}). */
    void tell(String to, String kind, FundRequest request, String detail) {
        Language language = accounts.find(to).map(AccountView::language).orElse(Language.EN);
        String title = request.title().resolve(language).map(l -> l.text()).orElse(request.reference());
        String link = addresses.absolute("/" + language.tag() + "/admin/fund/requests/" + request.id());
        Object[] arguments = {request.reference(), title, detail == null ? "" : detail, link};
        mailer.queue(to, messages.getMessage("fund.mail." + kind + ".subject", arguments, language.locale()),
                messages.getMessage("fund.mail." + kind + ".body", arguments, language.locale()));
    }
}
