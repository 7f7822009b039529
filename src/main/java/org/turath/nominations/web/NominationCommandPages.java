package org.turath.nominations.web;

import org.turath.nominations.NominationFileId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.turath.accounts.Actor;
import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationStateException;
import org.turath.nominations.internal.CommitteeDesk;
import org.turath.nominations.internal.IncompleteDossierException;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.NominationReview;
import org.turath.nominations.internal.StaleFileException;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.web.NoStore;
import org.turath.web.Trilingual;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.turath.nominations.web.NominationForms.clean;
import static org.turath.nominations.web.NominationForms.parseEnum;
import static org.turath.web.WebConfiguration.LANG;

/**
 * The commands of a file, each a form posted to {@code /admin/nominations/<id>/<command>}: the
 * command is a {@link NominationCommand} (an unknown name is a page that does not exist), and each
 * is handled by the desk of its topic. A refusal comes back on the file's page, translated, with a
 * 422 (or a 409 when the file changed meanwhile).
 */
@Controller
class NominationCommandPages implements WebMvcConfigurer {

    private final NominationDesk desk;
    private final NominationReview review;
    private final CommitteeDesk committee;
    private final FilePage page;

    NominationCommandPages(NominationDesk desk, NominationReview review, CommitteeDesk committee, FilePage page) {
        this.desk = desk;
        this.review = review;
        this.committee = committee;
        this.page = page;
    }

    /** Lets the address name the command as {@link NominationCommand#path()} does. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, NominationCommand.class,
                path -> NominationCommand.ofPath(path).orElseThrow(() -> new IllegalArgumentException("no command " + path)));
    }

    @PostMapping("/" + LANG + FilePage.BASE + "/{id}/{command}")
    String command(@PathVariable Language lang, @PathVariable NominationFileId id, @PathVariable NominationCommand command,
                   @ModelAttribute CommandForm form, Actor actor, Model model, HttpServletResponse response) {
        return handle(lang, id, actor, model, response, command.path(), () -> give(command, actor, id, form));
    }

    /** An expert's declaration of interests, before reading the dossier: the first half of {@link NominationCommand#EVALUATE}. */
    @PostMapping("/" + LANG + FilePage.BASE + "/{id}/declare")
    String declare(@PathVariable Language lang, @PathVariable NominationFileId id, @ModelAttribute CommandForm form, Actor actor,
                   Model model, HttpServletResponse response) {
        return handle(lang, id, actor, model, response, "declare",
                () -> review.declare(actor, id, "yes".equals(form.conflict()), required(form.declaration(), "declaration")));
    }

    private String handle(Language lang, NominationFileId id, Actor actor, Model model, HttpServletResponse response, String done,
                          Runnable action) {
        NoStore.personal(response);
        List<String> problems = new ArrayList<>();
        HttpStatus status = HttpStatus.CONFLICT;
        try {
            action.run();
            return "redirect:/" + lang.tag() + FilePage.BASE + "/" + id + "?done=" + done;
        } catch (IncompleteDossierException e) {
            problems.add(page.text(lang, "nominations.problem.incomplete", e.missing().size()));
            for (var missing : e.missing()) {
                problems.add(page.text(lang, "nominations.section." + missing.section()) + " — "
                        + page.text(lang, "nominations.field." + missing.field()));
            }
            status = HttpStatus.UNPROCESSABLE_CONTENT;
        } catch (Refusal e) {
            problems.add(page.problem(lang, e));
            status = HttpStatus.UNPROCESSABLE_CONTENT;
        } catch (NominationStateException e) {
            problems.add(page.text(lang, "nominations.problem.state", page.text(lang, "nominations.status." + e.status())));
        } catch (StaleFileException e) {
            problems.add(page.text(lang, "nominations.problem.stale", e.by()));
        } catch (ObjectOptimisticLockingFailureException e) {
            NominationFile now = desk.open(actor, id).file();
            problems.add(page.text(lang, "nominations.problem.stale", now.updatedBy()));
        }
        response.setStatus(status.value());
        return page.show(lang, actor, id, model, problems);
    }

    /** Gives {@code command}: a new command does not compile until it is handled here. */
    private void give(NominationCommand command, Actor actor, NominationFileId id, CommandForm form) {
        switch (command) {
            case SUBMIT -> desk.submit(actor, id);
            case ROLL_OVER -> desk.rollOver(actor, id);
            case WITHDRAW -> desk.withdraw(actor, id, required(form.reason(), "reason"));
            case RETURN -> review.returnToState(actor, id, sectionComments(form.sectionComment()), clean(form.summary()));
            case ACCEPT -> review.accept(actor, id, clean(form.comment()));
            case EXTEND -> review.extend(actor, id, date(form.until()));
            case ASSIGN -> review.assign(actor, id, emails(form.evaluators()), date(form.due()));
            case EVALUATE -> review.evaluate(actor, id, chosenCriteria(form.criterion()), required(form.assessment(), "assessment"),
                    parseEnum(Outcome.class, form.recommendation()).orElseThrow(() -> new Refusal("nominations", "recommendation")));
            case SCHEDULE -> committee.schedule(actor, id, RequestParameters.present(form.session())
                    .map(session -> new CommitteeSessionId(RequestParameters.pathId(session, "session")))
                    .orElseThrow(() -> new Refusal("nominations", "session-choose")));
            case DECIDE -> committee.decide(actor, id, RequestParameters.version(clean(form.version())),
                    parseEnum(Outcome.class, form.outcome()).orElseThrow(() -> new Refusal("nominations", "outcome")),
                    Trilingual.orEmpty(form.text()).line());
        }
    }

    private static Map<String, String> sectionComments(Map<String, String> typed) {
        Map<String, String> comments = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach((section, value) -> {
                if (section.matches("[a-z]{1,30}") && !clean(value).isEmpty()) {
                    comments.put(section, limit(clean(value), 4000));
                }
            });
        }
        return comments;
    }

    private static List<String> chosenCriteria(List<String> criteria) {
        return criteria == null ? List.of() : criteria.stream().filter(DossierForm.CRITERIA::contains).distinct().toList();
    }

    private static List<String> emails(String text) {
        List<String> emails = new ArrayList<>();
        for (String part : clean(text).split("[\\s,;]+")) {
            if (!part.isBlank()) {
                emails.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return emails;
    }

    private static String required(String typed, String name) {
        String value = clean(typed);
        if (value.isEmpty()) {
            throw new Refusal("nominations", "required." + name);
        }
        return limit(value, 4000);
    }

    private static String limit(String value, int max) {
        if (value.length() > max) {
            throw new Refusal("nominations", "too-long", max);
        }
        return value;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(clean(value));
        } catch (DateTimeParseException e) {
            throw new Refusal("nominations", "date");
        }
    }
}
