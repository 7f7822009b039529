package org.turath.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.risk.ContributionId;
import org.turath.risk.domain.Contribution;
import org.turath.risk.internal.ContributionDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.time.format.DateTimeParseException;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The moderators' pages for what the public sends: the list by status (those waiting first), one sending with its
 * photograph, and the decision — accept or decline, with a word to the sender — taken on the version seen, so two
 * moderators never decide the same sending twice.
 */
@Controller
class ContributionAdminPages {

    private static final int PAGE = 50;

    /** What the decision posts: accept or decline, the version seen, and what the sender is told. */
    record DecisionForm(String decision, String version, String answer) {
    }

    private final ContributionDesk desk;
    private final ContributionViews views;
    private final MessageSource messages;

    ContributionAdminPages(ContributionDesk desk, ContributionViews views, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/admin/risk-contributions")
    String list(@PathVariable Language lang, @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Contribution.Status shown = RequestParameters.present(status)
                .map(s -> RequestParameters.enumValue(Contribution.Status.class, s, "status")).orElse(Contribution.Status.WAITING);
        if (shown == Contribution.Status.UNCONFIRMED) {
            throw new InvalidRequestException("status");
        }
        Slice<Contribution> page;
        try {
            page = desk.desk(actor, shown, RequestParameters.present(cursor), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("status", shown);
        model.addAttribute("statuses", new Contribution.Status[]{Contribution.Status.WAITING, Contribution.Status.ACCEPTED,
                Contribution.Status.DECLINED});
        model.addAttribute("contributions", page.items());
        model.addAttribute("names", page.items().stream().map(Contribution::itemReference).distinct()
                .collect(java.util.stream.Collectors.toMap(r -> r, r -> desk.itemName(r, lang))));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("waiting", desk.waiting());
        return "risk/contributions-admin-list";
    }

    @GetMapping("/" + LANG + "/admin/risk-contributions/{id}")
    String show(@PathVariable Language lang, @PathVariable ContributionId id, Actor actor, Model model, HttpServletResponse response,
                jakarta.servlet.http.HttpServletRequest request) {
        NoStore.personal(response);
        model.addAttribute("done", request.getParameter("accepted") != null ? "accepted"
                : request.getParameter("declined") != null ? "declined" : null);
        prepare(model, lang, desk.contribution(actor, id), new DecisionForm(null, null, null), null);
        return "risk/contributions-admin-show";
    }

    @PostMapping("/" + LANG + "/admin/risk-contributions/{id}")
    String decide(@PathVariable Language lang, @PathVariable ContributionId id, @ModelAttribute DecisionForm form, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        boolean accepted = switch (form.decision() == null ? "" : form.decision()) {
            case "accept" -> true;
            case "decline" -> false;
            default -> throw new InvalidRequestException("decision");
        };
        try {
            desk.decide(actor, id, (int) RequestParameters.version(form.version()), accepted, TextInput.block(form.answer()));
            return "redirect:/" + lang.tag() + "/admin/risk-contributions/" + id + "?" + (accepted ? "accepted" : "declined");
        } catch (Refusal refusal) {
            response.setStatus("contribution-decided".equals(refusal.code()) ? HttpStatus.CONFLICT.value() : Refused.status(refusal));
            model.addAttribute("done", null);
            prepare(model, lang, desk.contribution(actor, id), form, Refused.say(messages, refusal, lang));
            return "risk/contributions-admin-show";
        }
    }

    private void prepare(Model model, Language lang, Contribution contribution, DecisionForm form, String problem) {
        model.addAttribute("contribution", contribution);
        model.addAttribute("card", views.card(contribution, lang));
        model.addAttribute("name", desk.itemName(contribution.itemReference(), lang));
        model.addAttribute("sensitive", desk.item(contribution.itemReference()).map(d -> d.sensitive()).orElse(true));
        model.addAttribute("camera", contribution.photo().filter(p -> p.latitude() != null).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
    }
}
