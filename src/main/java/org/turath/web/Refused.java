package org.turath.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.turath.shared.Language;
import org.turath.shared.Refusal;

/**
 * How a page answers a desk's {@link Refusal}: its message in the reader's language, beside what was typed, with 409
 * when the record changed under the editor (a stale edit) and 422 for any other rule.
 */
public final class Refused {

    private Refused() {
    }

    /** 409 Conflict for a stale edit, 422 Unprocessable Content for any other refusal. */
    public static int status(Refusal refusal) {
        return "stale".equals(refusal.code()) ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value();
    }

    /** The refusal's message in {@code language}. */
    public static String say(MessageSource messages, Refusal refusal, Language language) {
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), language.locale());
    }
}
