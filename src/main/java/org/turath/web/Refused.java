package org.turath.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.turath.shared.Language;
import org.turath.shared.Refusal;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * A back-office form's save: with no field errors, {@code save} runs and the address it returns (a redirect) is the
     * answer; field errors, or a refusal from the desk, show the form again through {@code showAgain}, given the
     * refusal's message (or null), with 422 or, for a stale edit, 409. Nothing typed is lost: {@code showAgain} draws
     * the form from what was sent.
     */
    public static String saveOrShowAgain(Map<String, String> errors, Supplier<String> save, MessageSource messages, Language language,
                                         HttpServletResponse response, Function<String, String> showAgain) {
        String problem = null;
        int status = HttpStatus.UNPROCESSABLE_CONTENT.value();
        if (errors.isEmpty()) {
            try {
                return save.get();
            } catch (Refusal refusal) {
                problem = say(messages, refusal, language);
                status = status(refusal);
            }
        }
        response.setStatus(status);
        return showAgain.apply(problem);
    }

    /** The refusal's message in {@code language}. */
    public static String say(MessageSource messages, Refusal refusal, Language language) {
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), language.locale());
    }
}
