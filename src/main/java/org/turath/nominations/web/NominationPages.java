package org.turath.nominations.web;

import org.turath.nominations.NominationFileId;
import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.geo.GeoApi;
import org.turath.nominations.NominationKind;
import org.turath.nominations.NominationStatus;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.PreliminaryLists;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.turath.nominations.web.NominationForms.names;
import static org.turath.nominations.web.NominationForms.parseEnum;
import static org.turath.web.WebConfiguration.LANG;

/**
 * The nomination portal's lists and a file's front page: a focal point's files, the secretariat's
 * queue, an expert's assignments; beginning a file. The dossier's sections are {@link DossierPages},
 * its documents {@link DossierDocumentPages}, its commands {@link NominationCommandPages}.
 */
@Controller
class NominationPages {

    private static final int PAGE = 50;
    private static final String BASE = FilePage.BASE;

    /** The form that begins a file; {@code submission} is its one-time token against a double post. */
    record NewFileForm(String submission, String state, List<String> coStates, String kind, String serial, Trilingual name,
                       String preliminaryEntry) implements FormRecord {
    }

    private final NominationDesk desk;
    private final PreliminaryLists preliminary;
    private final GeoApi geo;
    private final FilePage page;

    NominationPages(NominationDesk desk, PreliminaryLists preliminary, GeoApi geo, FilePage page) {
        this.desk = desk;
        this.preliminary = preliminary;
        this.geo = geo;
        this.page = page;
    }

    @GetMapping("/" + LANG + BASE)
    String list(@PathVariable Language lang, @RequestParam(name = "status", required = false) String statusName,
                @RequestParam(name = "cursor", required = false) String after, Actor actor,
                Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<NominationStatus> status = RequestParameters.present(statusName)
                .map(value -> RequestParameters.enumValue(NominationStatus.class, value, "status"));
        Optional<String> cursor = RequestParameters.present(after);
        Slice<NominationFile> page;
        try {
            page = desk.list(actor, status, cursor, PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        int year = desk.cycle().cycleFor(desk.today());
        model.addAttribute("rows", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("status", status.orElse(null));
        model.addAttribute("statuses", NominationStatus.values());
        model.addAttribute("cycleYear", year);
        model.addAttribute("milestones", desk.cycle().milestones(year));
        model.addAttribute("canCreate", actor.hasAny(Role.FOCAL_POINT) && !actor.states().isEmpty());
        model.addAttribute("countries", geo.countries(states(page.items())));
        return "nominations/list";
    }

    @GetMapping("/" + LANG + BASE + "/new")
    String create(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepareNew(model, lang, actor, Map.of());
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "nominations/new";
    }

    @PostMapping("/" + LANG + BASE + "/new")
    String created(@PathVariable Language lang, @ModelAttribute NewFileForm form, Actor actor,
                   Model model, HttpServletResponse response) {
        NoStore.personal(response);
        List<String> coStates = form.coStates();
        Optional<String> token = org.turath.web.RecordEditor.submission(form.submission());
        Optional<NominationFileId> earlier = token.flatMap(desk::submitted);
        if (earlier.isPresent()) {
            return "redirect:/" + lang.tag() + BASE + "/" + earlier.get();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String state = form.state() == null ? "" : form.state();
        if (!actor.states().contains(state)) {
            errors.put("state", "nominations.error.state");
        }
        Set<String> members = geo.memberStateCodes();
        Set<String> partners = new LinkedHashSet<>(coStates == null ? List.of() : coStates);
        if (!members.containsAll(partners) || partners.contains(state)) {
            errors.put("coStates", "nominations.error.state");
        }
        NominationKind kind = parseEnum(NominationKind.class, form.kind()).orElse(null);
        if (kind == null) {
            errors.put("kind", "nominations.error.kind");
        }
        LocalizedText name = names(form.name(), "name", errors);
        if (name.isEmpty() && !errors.containsKey("name")) {
            errors.put("name", "nominations.error.name");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepareNew(model, lang, actor, errors);
            model.addAttribute("form", form);
            model.addAttribute("chosenCoStates", partners);
            model.addAttribute("submission", form.submission());
            return "nominations/new";
        }
        Optional<UUID> entry = RequestParameters.present(form.preliminaryEntry())
                .map(value -> RequestParameters.pathId(value, "preliminary entry"));
        try {
            NominationFileId id = desk.create(actor, token, state, partners, kind, "on".equals(form.serial()), name, entry);
            return "redirect:/" + lang.tag() + FilePage.BASE + "/" + id + "?created";
        } catch (Refusal e) {
            errors.put("preliminaryEntry", e.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepareNew(model, lang, actor, errors);
            model.addAttribute("form", form);
            model.addAttribute("chosenCoStates", partners);
            model.addAttribute("submission", form.submission());
            return "nominations/new";
        }
    }

    private void prepareNew(Model model, Language lang, Actor actor, Map<String, String> errors) {
        model.addAttribute("ownStates", geo.countries(actor.states()).values().stream()
                .sorted(java.util.Comparator.comparing(c -> c.name(lang))).toList());
        model.addAttribute("memberStates", geo.memberStates(lang));
        model.addAttribute("kinds", NominationKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of());
        model.addAttribute("chosenCoStates", Set.of());
        model.addAttribute("preliminaryEntries", preliminary.preliminaryList(actor, Optional.empty(), 200).items());
        model.addAttribute("preliminaryRequired", desk.cycle().requirePreliminaryList());
    }

    @GetMapping("/" + LANG + BASE + "/{id}")
    String file(@PathVariable Language lang, @PathVariable NominationFileId id, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        return page.show(lang, actor, id, model, List.of());
    }

    private static Set<String> states(List<NominationFile> files) {
        Set<String> all = new LinkedHashSet<>();
        files.forEach(f -> all.addAll(f.allStates()));
        return all;
    }
}
