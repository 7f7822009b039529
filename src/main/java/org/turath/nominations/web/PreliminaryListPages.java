package org.turath.nominations.web;

import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.geo.GeoApi;
import org.turath.nominations.NominationKind;
import org.turath.nominations.domain.PreliminaryEntry;
import org.turath.nominations.internal.NominationCycle;
import org.turath.nominations.internal.PreliminaryLists;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;
import org.springframework.web.bind.annotation.ModelAttribute;
import java.util.UUID;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.turath.web.WebConfiguration.LANG;

/** Each state's preliminary list, kept by its focal points and read by the secretariat. */
@Controller
class PreliminaryListPages {

    private static final int PAGE = 100;

    /** An entry's form: the state, the kind and the name in three languages. */
    record EntryForm(String state, String kind, Trilingual name) implements FormRecord {
    }

    private final PreliminaryLists lists;
    private final NominationCycle cycle;
    private final GeoApi geo;

    PreliminaryListPages(PreliminaryLists lists, NominationCycle cycle, GeoApi geo) {
        this.lists = lists;
        this.cycle = cycle;
        this.geo = geo;
    }

    @GetMapping("/" + LANG + "/admin/preliminary-list")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Actor actor,
                Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepare(model, lang, actor, after, Map.of(), null);
        return "nominations/preliminary";
    }

    @PostMapping("/" + LANG + "/admin/preliminary-list")
    String add(@PathVariable Language lang, @ModelAttribute EntryForm form, Actor actor, Model model,
               HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new LinkedHashMap<>();
        String state = form.state() == null ? "" : form.state();
        if (!actor.states().contains(state)) {
            errors.put("state", "nominations.error.state");
        }
        Optional<NominationKind> kind = NominationForms.parseEnum(NominationKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.put("kind", "nominations.error.kind");
        }
        LocalizedText name = NominationForms.names(form.name(), "name", errors);
        if (name.isEmpty()) {
            errors.put("name", "nominations.error.name");
        }
        if (errors.isEmpty()) {
            try {
                lists.addToPreliminaryList(actor, state, kind.get(), name);
                return "redirect:/" + lang.tag() + "/admin/preliminary-list?added";
            } catch (Refusal e) {
                errors.put("name", e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        prepare(model, lang, actor, null, errors, form);
        return "nominations/preliminary";
    }

    @PostMapping("/" + LANG + "/admin/preliminary-list/{id}/remove")
    String remove(@PathVariable Language lang, @PathVariable UUID id, Actor actor) {
        lists.removeFromPreliminaryList(actor, id);
        return "redirect:/" + lang.tag() + "/admin/preliminary-list?removed";
    }

    private void prepare(Model model, Language lang, Actor actor, String after, Map<String, String> errors, EntryForm form) {
        Slice<PreliminaryEntry> page;
        try {
            page = lists.preliminaryList(actor, RequestParameters.present(after), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("entries", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("countries", geo.countries(page.items().stream().map(PreliminaryEntry::state).collect(Collectors.toSet())));
        model.addAttribute("canAdd", actor.hasAny(Role.FOCAL_POINT) && !actor.states().isEmpty());
        model.addAttribute("ownStates", geo.countries(actor.states()).values().stream()
                .sorted(java.util.Comparator.comparing(c -> c.name(lang))).toList());
        model.addAttribute("kinds", NominationKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form == null ? Map.of() : form);
        model.addAttribute("required", cycle.requirePreliminaryList());
    }
}
