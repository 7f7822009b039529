package org.turath.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageStatus;
import org.turath.registry.PublicationState;
import org.turath.registry.domain.CriteriaCatalogue;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.ItemContent;
import org.turath.registry.internal.editing.HeritageEditor;
import org.turath.registry.internal.media.MediaLibrary;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.MapSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The back office of the List: items in every stage of the editorial workflow, the side-by-side
 * editor in three languages, status changes, and each item's history. Nothing here is cached.
 */
@Controller
class HeritageAdminController {

    private static final int PAGE = 50;

    private static final BigDecimal LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal LONGITUDE = BigDecimal.valueOf(180);
    private static final BigDecimal AREA = new BigDecimal("9999999999");
    private static final java.util.regex.Pattern COMPONENT_FIELD = java.util.regex.Pattern.compile("components\\[(\\d+)]\\.(\\w+)");

    private final HeritageEditor editor;
    private final GeoApi geo;
    private final CriteriaCatalogue criteria;
    private final MessageSource messages;
    private final MapSettings mapSettings;
    private final MediaLibrary media;

    HeritageAdminController(HeritageEditor editor, GeoApi geo, CriteriaCatalogue criteria, MessageSource messages,
                            MapSettings mapSettings, MediaLibrary media) {
        this.media = media;
        this.editor = editor;
        this.geo = geo;
        this.criteria = criteria;
        this.messages = messages;
        this.mapSettings = mapSettings;
    }

    /** The back-office list's filter and position. */
    record ListQuery(String publication, String state, String q, String missing, String cursor) {
    }

    /** What a page of an item was sent back with ({@code ?saved}, {@code ?moved}, {@code ?reverted}: present means set), and the history's position. */
    record Flags(String saved, String moved, String reverted, String cursor) {
    }

    /** A change of the item's status on the List, with its reason in three languages and the decision behind it. */
    record StatusForm(String status, String effectiveDate, String reasonAr, String reasonEn, String reasonFr, String decisionRef) {
    }

    /** A photograph's caption in three languages and its credit (the image comes as a file beside it). */
    record MediaForm(String captionAr, String captionEn, String captionFr, String credit, String licence) {
    }

    @GetMapping("/" + LANG + "/admin/heritage")
    String list(@PathVariable Language lang, @ModelAttribute ListQuery query, Actor actor,
                Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<PublicationState> publication = RequestParameters.present(query.publication()).map(value -> RequestParameters.enumValue(PublicationState.class, value, "publication"));
        Optional<String> state = RequestParameters.present(query.state()).map(s -> s.toUpperCase(java.util.Locale.ROOT));
        if (state.isPresent() && !state.get().matches("[A-Z]{2}")) {
            throw new InvalidRequestException("state");
        }
        Optional<String> before = RequestParameters.present(query.cursor());
        if (before.isPresent() && !before.get().matches("IWH-\\d{1,9}")) {
            throw new InvalidRequestException("cursor");
        }
        Optional<String> text = Optional.ofNullable(org.turath.shared.TextInput.line(query.q()))
                .map(words -> words.length() > 200 ? words.substring(0, 200) : words);
        Optional<Language> missing = RequestParameters.present(query.missing()).map(tag -> Language.fromTag(tag)
                .orElseThrow(() -> new InvalidRequestException("missing")));
        Slice<org.turath.registry.domain.BackOfficeRow> page = editor.list(actor, publication, state, text, missing, before, PAGE);
        model.addAttribute("rows", page.items());
        model.addAttribute("gaps", page.items().stream().collect(java.util.stream.Collectors.toMap(
                org.turath.registry.domain.BackOfficeRow::reference, HeritageViews::gaps)));
        model.addAttribute("q", text.orElse(null));
        model.addAttribute("missing", missing.map(Language::tag).orElse(null));
        model.addAttribute("languages", Language.values());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("publication", publication.orElse(null));
        model.addAttribute("state", state.orElse(null));
        List<CountryInfo> states = statesFor(actor, lang);
        model.addAttribute("states", states);
        model.addAttribute("publications", PublicationState.values());
        // what the filter form shows, when no words were typed: the choices and the states this person may pick
        model.addAttribute("filtersKey", text.isPresent() ? null
                : java.util.Arrays.asList(missing.orElse(null), publication.orElse(null), state.orElse(null), states));
        return "registry/admin/list";
    }

    @GetMapping("/" + LANG + "/admin/heritage/new")
    String create(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepare(model, lang, actor, ItemForm.empty(), null, null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "registry/admin/edit";
    }

    @PostMapping("/" + LANG + "/admin/heritage/new")
    String created(@PathVariable Language lang, @Valid @ModelAttribute("form") ItemForm form, BindingResult errors,
                   @RequestParam(name = "submission", required = false) String submission, Actor actor,
                   Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<String> token = org.turath.web.RecordEditor.submission(submission);
        // a second click on "save" sends the same submission: it leads to the draft the first one made
        Optional<String> earlier = token.flatMap(editor::submitted);
        if (earlier.isPresent()) {
            return "redirect:/" + lang.tag() + "/admin/heritage/" + earlier.get();
        }
        Set<Criterion> chosen = check(form, errors, actor);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, actor, form, null, null, errors);
            model.addAttribute("submission", submission);
            return "registry/admin/edit";
        }
        String reference;
        try {
            reference = editor.create(actor, token, content(form, chosen, null), form.componentDrafts());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the same form raced in twice; the other request made the draft
            reference = token.flatMap(editor::submitted).orElseThrow(() -> e);
        }
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?saved";
    }

    @GetMapping("/" + LANG + "/admin/heritage/{reference}")
    String edit(@PathVariable Language lang, @PathVariable String reference, @ModelAttribute Flags flags,
                Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        HeritageEditor.Editable editable = editor.open(actor, reference);
        prepare(model, lang, actor, ItemForm.of(editable.item()), editable, null);
        model.addAttribute("saved", flags.saved() != null);
        model.addAttribute("moved", flags.moved() != null);
        return "registry/admin/edit";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}")
    String save(@PathVariable Language lang, @PathVariable String reference, @Valid @ModelAttribute("form") ItemForm form,
                BindingResult errors, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        HeritageEditor.Editable editable = editor.open(actor, reference);
        if (!editable.permissions().edit()) {
            throw new NotAllowedException();
        }
        if (form.version() == null) {
            throw new InvalidRequestException("version");
        }
        Set<Criterion> chosen = check(form, errors, actor);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, actor, form, editable, null, errors);
            return "registry/admin/edit";
        }
        HeritageEditor.Saved saved;
        try {
            saved = editor.save(actor, reference, form.version(), content(form, chosen, editable.item()), form.componentDrafts());
        } catch (ObjectOptimisticLockingFailureException e) {
            // another save committed between our check and our commit
            saved = editor.conflictSince(actor, reference, form.version());
        }
        if (saved instanceof HeritageEditor.Saved.Conflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            prepare(model, lang, actor, form, editor.open(actor, reference), conflict);
            return "registry/admin/edit";
        }
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?saved";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}/publication")
    String publication(@PathVariable Language lang, @PathVariable String reference,
                       @RequestParam(name = "target", required = false) String moveTo,
                       @RequestParam(name = "version", required = false) String seen, Actor actor) {
        PublicationState target = RequestParameters.present(moveTo).map(value -> RequestParameters.enumValue(PublicationState.class, value, "target"))
                .orElseThrow(() -> new InvalidRequestException("target"));
        long version = version(seen);
        try {
            editor.move(actor, reference, target, version);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new org.turath.shared.ConflictException("stale-item", "changed while moving");
        }
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?moved";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}/sensitive")
    String sensitive(@PathVariable Language lang, @PathVariable String reference,
                     @RequestParam(name = "sensitive", required = false) String sensitive,
                     @RequestParam(name = "version", required = false) String seen, Actor actor) {
        if (!"true".equals(sensitive) && !"false".equals(sensitive)) {
            throw new InvalidRequestException("sensitive");
        }
        editor.markSensitive(actor, reference, Boolean.parseBoolean(sensitive), Optional.of(version(seen)));
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?saved";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}/status")
    String status(@PathVariable Language lang, @PathVariable String reference, @ModelAttribute StatusForm form,
                  Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        HeritageStatus status = RequestParameters.present(form.status()).map(value -> RequestParameters.enumValue(HeritageStatus.class, value, "status"))
                .orElseThrow(() -> new InvalidRequestException("status"));
        LocalDate effective;
        try {
            effective = LocalDate.parse(RequestParameters.present(form.effectiveDate())
                    .orElseThrow(() -> new InvalidRequestException("effectiveDate")));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("effectiveDate");
        }
        if (effective.getYear() < 1900 || effective.isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidRequestException("effectiveDate");
        }
        LocalizedText reason = new LocalizedText(limited(form.reasonAr(), "reasonAr", 2000), limited(form.reasonEn(), "reasonEn", 2000),
                limited(form.reasonFr(), "reasonFr", 2000));
        String decision = limited(form.decisionRef(), "decisionRef", 100);
        editor.changeStatus(actor, reference, status, effective, reason, decision);
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?saved";
    }

    @GetMapping("/" + LANG + "/admin/heritage/{reference}/history")
    String history(@PathVariable Language lang, @PathVariable String reference, @ModelAttribute Flags flags,
                   Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        HeritageEditor.Editable editable = editor.open(actor, reference);
        Optional<Long> before = RequestParameters.present(flags.cursor()).map(value -> {
            if (!value.matches("\\d{1,18}")) {
                throw new InvalidRequestException("cursor");
            }
            return Long.valueOf(value);
        });
        var page = editor.history(actor, reference, before, 20);
        model.addAttribute("item", editable.item());
        model.addAttribute("permissions", editable.permissions());
        model.addAttribute("revisions", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("reverted", flags.reverted() != null);
        model.addAttribute("firstPage", before.isEmpty());
        return "registry/admin/history";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}/revert")
    String revert(@PathVariable Language lang, @PathVariable String reference,
                  @RequestParam(name = "revision", required = false) String chosen, Actor actor) {
        String revision = RequestParameters.present(chosen).filter(value -> value.matches("\\d{1,18}"))
                .orElseThrow(() -> new InvalidRequestException("revision"));
        editor.revert(actor, reference, Long.parseLong(revision));
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "/history?reverted";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}/media")
    String upload(@PathVariable Language lang, @PathVariable String reference,
                  @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                  @ModelAttribute MediaForm form, Actor actor, Model model,
                  HttpServletResponse response) throws java.io.IOException {
        NoStore.personal(response);
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = "admin.media.error.no-file";
        } else {
            LocalizedText caption = new LocalizedText(limited(form.captionAr(), "captionAr", 1000),
                    limited(form.captionEn(), "captionEn", 1000), limited(form.captionFr(), "captionFr", 1000));
            try (java.io.InputStream in = file.getInputStream()) {
                media.add(actor, reference, in, org.turath.files.FileStore.shownName(file.getOriginalFilename(), "image", 300), caption,
                        limited(form.credit(), "credit", 500), RequestParameters.present(form.licence()).map(value ->
                                RequestParameters.enumValue(org.turath.registry.ImageLicence.class, value, "licence")).orElse(null));
            } catch (MediaLibrary.RefusedException e) {
                problem = e.reason();
            }
        }
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            HeritageEditor.Editable editable = editor.open(actor, reference);
            prepare(model, lang, actor, ItemForm.of(editable.item()), editable, null);
            model.addAttribute("mediaProblem", problem);
            return "registry/admin/edit";
        }
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?saved#media-heading";
    }

    @PostMapping("/" + LANG + "/admin/heritage/{reference}/media/{id}/delete")
    String deleteImage(@PathVariable Language lang, @PathVariable String reference, @PathVariable UUID id,
                       Actor actor) throws java.io.IOException {
        media.remove(actor, reference, id);
        return "redirect:/" + lang.tag() + "/admin/heritage/" + reference + "?saved#media-heading";
    }

    /** Checks what Bean Validation cannot: a name in some language, known states in the actor's scope, known criteria. */
    private Set<Criterion> check(ItemForm form, BindingResult errors, Actor actor) {
        if (form.kind() != null && form.kindValue().isEmpty() && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "NotNull");
        }
        FormNumbers.check(errors, "latitude", form.latitude(), LATITUDE.negate(), LATITUDE, 8);
        FormNumbers.check(errors, "longitude", form.longitude(), LONGITUDE.negate(), LONGITUDE, 8);
        FormNumbers.check(errors, "areaHectares", form.areaHectares(), BigDecimal.ZERO, AREA, 4);
        FormNumbers.check(errors, "inscriptionYear", form.inscriptionYear(), BigDecimal.valueOf(1900), BigDecimal.valueOf(2100), 0);
        if (form.name().isEmpty() && !errors.hasFieldErrors("nameAr")) {
            errors.rejectValue("nameAr", "admin.error.name-required");
        }
        if (form.states().isEmpty()) {
            errors.rejectValue("states", "admin.error.state-required");
        } else if (form.states().stream().anyMatch(code -> !code.matches("[A-Z]{2}"))
                || geo.countries(form.states()).size() != new HashSet<>(form.states()).size()) {
            errors.rejectValue("states", "admin.error.state-unknown");
        } else if (!org.turath.registry.internal.editing.EditingPolicy.canCreateFor(actor, form.states())) {
            errors.rejectValue("states", "admin.error.state-scope");
        }
        if ((TextInput.line(form.latitude()) == null) != (TextInput.line(form.longitude()) == null)
                && !errors.hasFieldErrors("latitude") && !errors.hasFieldErrors("longitude")) {
            errors.rejectValue("latitude", "admin.error.coordinates-pair");
        }
        Set<Criterion> chosen = new HashSet<>();
        for (String key : form.criteria()) {
            int colon = key.indexOf(':');
            Optional<Criterion> criterion = colon <= 0 ? Optional.empty()
                    : criteria.findBySetCodeAndCode(key.substring(0, colon), key.substring(colon + 1));
            if (criterion.isEmpty()) {
                errors.rejectValue("criteria", "admin.error.criterion-unknown");
                break;
            }
            chosen.add(criterion.get());
        }
        for (int i = 0; i < form.components().size(); i++) {
            ItemForm.ComponentForm component = form.components().get(i);
            if (!ItemForm.filled(component)) {
                continue;
            }
            String prefix = "components[" + i + "].";
            FormNumbers.check(errors, prefix + "latitude", component.latitude(), LATITUDE.negate(), LATITUDE, 8);
            FormNumbers.check(errors, prefix + "longitude", component.longitude(), LONGITUDE.negate(), LONGITUDE, 8);
            FormNumbers.check(errors, prefix + "areaHectares", component.areaHectares(), BigDecimal.ZERO, AREA, 4);
            if ((TextInput.line(component.latitude()) == null) != (TextInput.line(component.longitude()) == null)
                    && !errors.hasFieldErrors(prefix + "latitude") && !errors.hasFieldErrors(prefix + "longitude")) {
                errors.rejectValue(prefix + "latitude", "admin.error.coordinates-pair");
            }
        }
        return chosen;
    }

    /** The item's content from the form; what the form does not edit (regions, UNESCO cross-reference) is kept. */
    private static ItemContent content(ItemForm form, Set<Criterion> chosen, HeritageItem current) {
        return new ItemContent(form.kindValue().orElseThrow(), form.name(), form.description(), form.justification(),
                current == null ? LocalizedText.empty() : current.stateLabel(), form.states(),
                current == null ? Set.of() : current.regions(), chosen,
                FormNumbers.decimal(form.latitude()).map(BigDecimal::doubleValue).orElse(null),
                FormNumbers.decimal(form.longitude()).map(BigDecimal::doubleValue).orElse(null),
                FormNumbers.decimal(form.areaHectares()).orElse(null),
                FormNumbers.decimal(form.inscriptionYear()).map(BigDecimal::intValueExact).orElse(null),
                current == null ? null : current.unescoIdNo(),
                current == null ? null : current.unescoRevBis());
    }

    /** A field error for the summary at the top of the form: where it is, what it is called, what is wrong. */
    record FieldMessage(String anchor, String labelKey, Integer row, String message) {
    }

    /** An image of the item in the editor, its caption in the editor's language. */
    record AdminImage(UUID id, String caption, String credit, int width, int height, String originalName) {
    }

    /** A component row as typed, numbers as text so that a value that is not a number comes back as it was. */
    record ComponentRow(int index, String nameAr, String nameEn, String nameFr, String latitude, String longitude, String areaHectares) {
    }

    private void prepare(Model model, Language lang, Actor actor, ItemForm form, HeritageEditor.Editable editable,
                         HeritageEditor.Saved.Conflict conflict) {
        prepare(model, lang, actor, form, editable, conflict, null);
    }

    private void prepare(Model model, Language lang, Actor actor, ItemForm form, HeritageEditor.Editable editable,
                         HeritageEditor.Saved.Conflict conflict, BindingResult errors) {
        if (form == null) {
            form = ItemForm.empty();
        }
        model.addAttribute("form", form);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<FieldMessage> errorList = new java.util.ArrayList<>();
        if (errors != null) {
            for (org.springframework.validation.FieldError error : errors.getFieldErrors()) {
                String field = error.getField();
                if (fieldErrors.containsKey(field)) {
                    continue;
                }
                String message = messages.getMessage(error, lang.locale());
                fieldErrors.put(field, message);
                java.util.regex.Matcher row = COMPONENT_FIELD.matcher(field);
                if (row.matches()) {
                    errorList.add(new FieldMessage("f-components-" + row.group(1) + "-" + row.group(2),
                            "admin.field." + row.group(2), Integer.parseInt(row.group(1)) + 1, message));
                } else {
                    errorList.add(new FieldMessage("f-" + field, "admin.field." + field, null, message));
                }
            }
        }
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errorList", errorList);
        Map<String, String> rawValues = new java.util.HashMap<>();
        rawValues.put("latitude", form.latitude());
        rawValues.put("longitude", form.longitude());
        rawValues.put("areaHectares", form.areaHectares());
        rawValues.put("inscriptionYear", form.inscriptionYear());
        model.addAttribute("rawValues", rawValues);
        List<ComponentRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < form.components().size(); i++) {
            ItemForm.ComponentForm c = form.components().get(i);
            if (ItemForm.filled(c)) {
                rows.add(new ComponentRow(i, c.nameAr(), c.nameEn(), c.nameFr(), c.latitude(), c.longitude(), c.areaHectares()));
            }
        }
        // one empty row to add a component without JavaScript
        rows.add(new ComponentRow(form.components().size(), null, null, null, null, null, null));
        model.addAttribute("componentRows", rows);
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute("images", editable == null ? List.of() : media.of(editable.item().id()).stream()
                .map(image -> new AdminImage(image.id(), image.caption().resolve(lang).map(org.turath.shared.Localized::text)
                        .orElse(null), image.credit(), image.width(), image.height(), image.originalName())).toList());
        model.addAttribute("heading", editable == null ? null
                : editable.item().name().resolve(lang).map(org.turath.shared.Localized::text).orElse(editable.item().reference()));
        model.addAttribute("editable", editable);
        model.addAttribute("item", editable == null ? null : editable.item());
        model.addAttribute("permissions", editable == null ? null : editable.permissions());
        model.addAttribute("canMarkSensitive", org.turath.registry.internal.editing.EditingPolicy.canMarkSensitive(actor));
        model.addAttribute("conflict", conflict);
        model.addAttribute("kinds", HeritageKind.values());
        model.addAttribute("statuses", HeritageStatus.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("states", statesFor(actor, lang));
        model.addAttribute("criteriaSets", Map.of(
                "UNESCO", criteria.findBySetCodeOrderByPosition("UNESCO"),
                "IWH_TANGIBLE", criteria.findBySetCodeOrderByPosition("IWH_TANGIBLE"),
                "IWH_INTANGIBLE", criteria.findBySetCodeOrderByPosition("IWH_INTANGIBLE")));
        model.addAttribute("today", LocalDate.now());
    }

    /** The states an actor may choose: all member states, or a focal point's own. */
    private List<CountryInfo> statesFor(Actor actor, Language lang) {
        List<CountryInfo> all = geo.memberStates(lang);
        return org.turath.registry.internal.editing.EditingPolicy.editsEverything(actor) ? all : all.stream().filter(country -> actor.states().contains(country.iso2())).toList();
    }

    private static String limited(String typed, String name, int length) {
        String value = TextInput.line(typed);
        if (value != null && value.length() > length) {
            throw new InvalidRequestException(name);
        }
        return value;
    }

    private static long version(String seen) {
        return RequestParameters.present(seen).filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong)
                .orElseThrow(() -> new InvalidRequestException("version"));
    }

}
