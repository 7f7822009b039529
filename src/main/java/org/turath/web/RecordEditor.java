package org.turath.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.turath.shared.Language;
import org.turath.shared.Refusal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The back-office page of one kind of record a module keeps (a museum, an object, an exhibition, a partner…): one
 * template that shows a new record's blank form or a record's form, and the answers every such page gives the same
 * way. The module's controller keeps its routes, its access checks and what its desk does; this class does the rest:
 * <ul>
 *   <li>no page of the back office is stored by a browser or a cache ({@link NoStore#personal});</li>
 *   <li>a new record's form carries a one-time submission token, so a double post makes one record;</li>
 *   <li>a form with field errors, or one the desk refuses, comes back as typed with each problem by its field and
 *       the desk's reason above, with 422, or 409 for a stale edit ({@link Refused#saveOrShowAgain});</li>
 *   <li>what was saved redirects to the record's page with an outcome the page announces ({@code ?saved},
 *       {@code ?published}…), so a reload does not post again;</li>
 *   <li>an action on the record the desk refuses (publish, add a venue, an image) draws the record's page again with
 *       its reason as {@code actionProblem}.</li>
 * </ul>
 *
 * @param <A> who acts (the accounts module's actor)
 * @param <I> the record's typed id
 * @param <R> the record
 * @param <F> the record's form
 */
public final class RecordEditor<A, I, R, F> {

    /** Reads a record for someone, refusing those who may not see it (and answering 404 for one that is not there). */
    @FunctionalInterface
    public interface Finder<A, I, R> {
        R find(A actor, I id);
    }

    /**
     * Puts what the record's template shows into the model: the record (null for a new one), the form, its field
     * errors (field → message key) and the desk's refusal (a message, or null).
     */
    @FunctionalInterface
    public interface Preparer<A, R, F> {
        void prepare(Model model, Language lang, A actor, R record, F form, Map<String, String> errors, String problem);
    }

    /** Something done to a saved record that its desk may refuse (reading an upload on the way). */
    @FunctionalInterface
    public interface Action {
        void run() throws java.io.IOException;
    }

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private final String path;
    private final String template;
    private final MessageSource messages;
    private final Finder<A, I, R> finder;
    private final Function<R, F> formOf;
    private final Preparer<A, R, F> preparer;

    /**
     * @param path     where the records' pages are, after the language ({@code /admin/museums})
     * @param template the record's page
     * @param finder   the desk's read of a record for someone
     * @param formOf   a saved record's form, as its page shows it
     * @param preparer what the template needs besides
     */
    public RecordEditor(String path, String template, MessageSource messages, Finder<A, I, R> finder, Function<R, F> formOf,
                        Preparer<A, R, F> preparer) {
        this.path = path;
        this.template = template;
        this.messages = messages;
        this.finder = finder;
        this.formOf = formOf;
        this.preparer = preparer;
    }

    /** The submission token a new record's form posted, if it is one: the desk makes one record per token. */
    public static Optional<String> submission(String token) {
        return Optional.ofNullable(token).filter(t -> TOKEN.matcher(t).matches());
    }

    /** A new record's blank form, with a fresh submission token. */
    public String blank(Language lang, A actor, F form, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        preparer.prepare(model, lang, actor, null, form, Map.of(), null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return template;
    }

    /**
     * A new record's form as posted: {@code read} turns it into the desk's details, adding what it finds wrong to the
     * field errors; without errors {@code create} makes the record and returns its id, and the editor goes to its page.
     * Otherwise the form comes back as typed, with the same submission token.
     */
    public <D> String create(Language lang, A actor, F form, String submission, BindingResult binding,
                             Function<Map<String, String>, D> read, Function<D, ?> create, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = FieldErrors.of(binding);
        D details = read.apply(errors);
        return Refused.saveOrShowAgain(errors, () -> redirect(lang, create.apply(details), "?saved"), messages, lang, response,
                problem -> {
                    preparer.prepare(model, lang, actor, null, form, errors, problem);
                    model.addAttribute("submission", submission);
                    return template;
                });
    }

    /** A saved record's page, its form showing what is saved. */
    public String show(Language lang, A actor, I id, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        R record = finder.find(actor, id);
        preparer.prepare(model, lang, actor, record, formOf.apply(record), Map.of(), null);
        return template;
    }

    /**
     * A saved record's form as posted, after the editor made sure the actor may see the record: {@code read} as for
     * {@link #create}; without errors {@code update} saves the details (its desk refusing a stale version), otherwise
     * the form comes back as typed beside the record as it now is.
     */
    public <D> String save(Language lang, A actor, I id, F form, BindingResult binding, Function<Map<String, String>, D> read,
                           Consumer<D> update, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        finder.find(actor, id);
        Map<String, String> errors = FieldErrors.of(binding);
        D details = read.apply(errors);
        return Refused.saveOrShowAgain(errors, () -> {
            update.accept(details);
            return redirect(lang, id, "?saved");
        }, messages, lang, response, problem -> {
            preparer.prepare(model, lang, actor, finder.find(actor, id), form, errors, problem);
            return template;
        });
    }

    /**
     * Something done to a saved record ({@code outcome} is what its page is then opened with, such as
     * {@code ?published} or {@code ?image#images}); a refusal draws the record's page again with its reason as
     * {@code actionProblem}. What the page should show as typed on a refusal is put in the model before.
     */
    public String act(Language lang, A actor, I id, Action action, String outcome, Model model, HttpServletResponse response) {
        return act(lang, actor, id, action, outcome, "actionProblem", model, response);
    }

    /**
     * As {@link #act(Language, Object, Object, Action, String, Model, HttpServletResponse)}, the refusal's reason given
     * to the page as {@code problem}, for a page that says it beside the part that was refused ({@code photoProblem}).
     */
    public String act(Language lang, A actor, I id, Action action, String outcome, String problem, Model model,
                      HttpServletResponse response) {
        NoStore.personal(response);
        try {
            action.run();
            return redirect(lang, id, outcome);
        } catch (Refusal refusal) {
            return refused(lang, actor, id, refusal, problem, model, response);
        } catch (java.io.IOException e) {
            // an upload the connection lost on the way: the container's error page, as any failed read
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The record's page again, as saved, with the desk's reason for refusing an action as {@code problem}. */
    public String refused(Language lang, A actor, I id, Refusal refusal, String problem, Model model, HttpServletResponse response) {
        response.setStatus(Refused.status(refusal));
        R record = finder.find(actor, id);
        preparer.prepare(model, lang, actor, record, formOf.apply(record), Map.of(), null);
        model.addAttribute(problem, Refused.say(messages, refusal, lang));
        return template;
    }

    /** The redirect to a record's page with an outcome ({@code ?saved}, {@code ?image#images}). */
    public String redirect(Language lang, Object id, String outcome) {
        return "redirect:/" + lang.tag() + path + "/" + id + outcome;
    }
}
