package org.turath.library.web;

import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;
import org.turath.shared.TextInput;
import org.turath.web.Refused;
import org.turath.web.Trilingual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the library's forms share: three-language fields, lists typed as text, related heritage items. */
final class LibraryForms {

    private LibraryForms() {
    }

    /** The secretariat and editors keep the library and the news. */
    static void requireEditor(org.turath.accounts.Actor actor) {
        if (!actor.hasAny(org.turath.accounts.Role.ADMIN, org.turath.accounts.Role.SECRETARIAT, org.turath.accounts.Role.EDITOR)) {
            throw new org.turath.shared.NotAllowedException();
        }
    }

    /** The translated sentence for a refusal, with the values it names. */
    static String problem(org.springframework.context.MessageSource messages, Refusal refusal, Language lang) {
        return Refused.say(messages, refusal, lang);
    }

    static LocalizedText texts(Trilingual typed, String name, int max, Map<String, String> errors) {
        return org.turath.web.LocalizedFields.read(typed, name, max, "library.error.too-long", errors);
    }

    static org.turath.shared.RichText richText(Trilingual typed, String name, int max, Map<String, String> errors) {
        return org.turath.web.LocalizedFields.readRich(typed, name, max, "library.error.too-long", errors);
    }

    static String line(String typed, String name, int max, Map<String, String> errors) {
        String value = TextInput.line(typed);
        if (value != null && value.length() > max) {
            errors.put(name, "library.error.too-long");
        }
        return value;
    }

    /** Words separated by commas: each folded to one line, no empty ones, no repeats. */
    static List<String> list(String typed, String name, int maxTotal, Map<String, String> errors) {
        String raw = Optional.ofNullable(typed).orElse("");
        List<String> values = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(raw.split("[,،]"))
                .map(TextInput::line).filter(v -> v != null).toList()));
        if (String.join(",", values).length() > maxTotal) {
            errors.put(name, "library.error.too-long");
        }
        return values;
    }

    /** Heritage references (IWH-0042), each of a published item. */
    static List<String> related(String typed, RegistryApi registry, Map<String, String> errors) {
        return org.turath.registry.RelatedHeritage.read(typed, reference -> registry.find(reference).isPresent(), "related",
                "library.error.related", errors);
    }

    /** The related items' names for pages: reference → name in the reader's language. */
    static Map<String, String> relatedNames(List<String> references, RegistryApi registry, Language language) {
        return org.turath.registry.RelatedHeritage.names(references, registry, language);
    }

    /** Saves with the form's uploaded file (the stream is null when none was sent); returns where to go next. */
    interface WithUpload {
        String save(java.io.InputStream upload, String originalName) throws java.io.IOException;
    }

    /**
     * Saves a back-office form when its fields were right: the redirect when it went through, else the form shown again
     * (by {@code showAgain}, given the translated refusal or null) with 422, or 409 when someone saved meanwhile.
     */
    static String submit(org.springframework.context.MessageSource messages, Language lang, Map<String, String> errors,
                         org.springframework.web.multipart.MultipartFile file, WithUpload action,
                         jakarta.servlet.http.HttpServletResponse response,
                         java.util.function.Function<String, String> showAgain) {
        int status = org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value();
        String problem = null;
        if (errors.isEmpty()) {
            boolean sent = file != null && !file.isEmpty();
            try (java.io.InputStream in = sent ? file.getInputStream() : null) {
                return action.save(in, sent ? file.getOriginalFilename() : null);
            } catch (Refusal refusal) {
                problem = problem(messages, refusal, lang);
                if (refusal.code().equals("stale")) {
                    status = org.springframework.http.HttpStatus.CONFLICT.value();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        response.setStatus(status);
        return showAgain.apply(problem);
    }
}
