package org.turath.nominations.web;

import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.geo.GeoApi;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationKind;
import org.turath.nominations.NominationStatus;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationStateException;
import org.turath.nominations.domain.NominationVersion;
import org.turath.nominations.internal.IncompleteDossierException;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.StaleFileException;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.NoStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The nomination portal's working pages: a focal point's files and their dossier section by section,
 * the secretariat's queue and checks, an expert's assignments, and the commands of each file. Every
 * command is a form posted to its own address; a refusal comes back on the file's page, translated,
 * with nothing lost.
 */
@Controller
class NominationPages {

    private static final int PAGE = 50;
    private static final String BASE = "/admin/nominations";

    private final NominationDesk desk;
    private final GeoApi geo;
    private final MessageSource messages;
    private final org.turath.nominations.internal.KeptDossiers dossiers;
    private final org.turath.web.MapSettings mapSettings;

    NominationPages(NominationDesk desk, GeoApi geo, MessageSource messages, org.turath.nominations.internal.KeptDossiers dossiers,
                    org.turath.web.MapSettings mapSettings) {
        this.desk = desk;
        this.geo = geo;
        this.messages = messages;
        this.dossiers = dossiers;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/" + LANG + BASE)
    String list(@PathVariable Language lang, @RequestParam Map<String, String> parameters, Actor actor,
                Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<NominationStatus> status = RequestParameters.present(parameters.get("status"))
                .map(value -> RequestParameters.enumValue(NominationStatus.class, value, "status"));
        Optional<String> cursor = RequestParameters.present(parameters.get("after"));
        Slice<NominationFile> page;
        try {
            page = desk.list(actor, status, cursor, PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("after");
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
    String created(@PathVariable Language lang, @RequestParam Map<String, String> form,
                   @RequestParam(name = "coStates", required = false) List<String> coStates, Actor actor,
                   Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<String> token = RequestParameters.present(form.get("submission")).filter(t -> t.matches("[0-9a-f-]{36}"));
        Optional<UUID> earlier = token.flatMap(desk::submitted);
        if (earlier.isPresent()) {
            return "redirect:/" + lang.tag() + BASE + "/" + earlier.get();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String state = form.getOrDefault("state", "");
        if (!actor.states().contains(state)) {
            errors.put("state", "nominations.error.state");
        }
        Set<String> members = geo.memberStateCodes();
        Set<String> partners = new LinkedHashSet<>(coStates == null ? List.of() : coStates);
        if (!members.containsAll(partners)) {
            errors.put("coStates", "nominations.error.state");
        }
        NominationKind kind = parseEnum(NominationKind.class, form.get("kind")).orElse(null);
        if (kind == null) {
            errors.put("kind", "nominations.error.kind");
        }
        LocalizedText name = names(form, "name", errors);
        if (name.isEmpty() && !errors.containsKey("name")) {
            errors.put("name", "nominations.error.name");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepareNew(model, lang, actor, errors);
            model.addAttribute("form", form);
            model.addAttribute("chosenCoStates", partners);
            model.addAttribute("submission", form.get("submission"));
            return "nominations/new";
        }
        Optional<UUID> entry = RequestParameters.present(form.get("preliminaryEntry")).map(NominationPages::uuid);
        try {
            UUID id = desk.create(actor, token, state, partners, kind, "on".equals(form.get("serial")), name, entry);
            return "redirect:/" + lang.tag() + BASE + "/" + id + "?created";
        } catch (Refusal e) {
            errors.put("preliminaryEntry", e.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepareNew(model, lang, actor, errors);
            model.addAttribute("form", form);
            model.addAttribute("chosenCoStates", partners);
            model.addAttribute("submission", form.get("submission"));
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
        model.addAttribute("preliminaryEntries", desk.preliminaryList(actor, Optional.empty(), 200).items());
        model.addAttribute("preliminaryRequired", desk.cycle().requirePreliminaryList());
    }

    @GetMapping("/" + LANG + BASE + "/{id}")
    String file(@PathVariable Language lang, @PathVariable String id, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        return show(lang, actor, uuid(id), model, List.of());
    }

    private String show(Language lang, Actor actor, UUID id, Model model, List<String> problems) {
        NominationDesk.View view = desk.open(actor, id);
        NominationFile file = view.file();
        model.addAttribute("view", view);
        model.addAttribute("file", file);
        model.addAttribute("sections", DossierForm.sections(file.kind()));
        model.addAttribute("problems", problems);
        model.addAttribute("due", file.extendedUntil() != null ? file.extendedUntil() : desk.cycle().filesDue(file.cycleYear()));
        model.addAttribute("countries", geo.countries(file.allStates()));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("criteria", DossierForm.CRITERIA);
        model.addAttribute("decisions", desk.decisionsOfFile(id));
        model.addAttribute("today", desk.today());
        model.addAttribute("mine", file.evaluation(actor.email()).orElse(null));
        model.addAttribute("attachments", view.readable() ? desk.attachments(actor, id) : List.of());
        model.addAttribute("attachmentKinds", org.turath.nominations.domain.Attachment.Kind.values());
        model.addAttribute("maxMegabytes", NominationDesk.MAX_ATTACHMENT_BYTES / (1024 * 1024));
        model.addAttribute("zones", view.readable() ? zones(lang, file) : List.of());
        model.addAttribute("mapSettings", mapSettings);
        if (view.commands().contains(NominationCommand.SCHEDULE)) {
            model.addAttribute("openSessions", desk.sessions(Optional.empty(), 20).items().stream()
                    .filter(s -> !s.endsOn().isBefore(desk.today())).toList());
        }
        return "nominations/file";
    }

    // --- the dossier -------------------------------------------------------------------------

    @GetMapping("/" + LANG + BASE + "/{id}/sections/{section}")
    String section(@PathVariable Language lang, @PathVariable String id, @PathVariable String section,
                   Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        NominationDesk.View view = desk.open(actor, uuid(id));
        if (!view.readable()) {
            throw new org.turath.shared.NotAllowedException();
        }
        DossierForm.Section form = DossierForm.section(view.file().kind(), section)
                .orElseThrow(() -> new NotFoundException("section"));
        prepareSection(model, lang, view, form, current(view.file(), form), Map.of());
        return "nominations/section";
    }

    @PostMapping("/" + LANG + BASE + "/{id}/sections/{section}")
    String saveSection(@PathVariable Language lang, @PathVariable String id, @PathVariable String section,
                       @RequestParam Map<String, String> posted,
                       @RequestParam(name = "choice", required = false) List<String> choices,
                       Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        UUID fileId = uuid(id);
        NominationDesk.View view = desk.open(actor, fileId);
        DossierForm.Section form = DossierForm.section(view.file().kind(), section)
                .orElseThrow(() -> new NotFoundException("section"));
        long expected = RequestParameters.present(posted.get("version")).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("version");
            }
        }).orElseThrow(() -> new InvalidRequestException("version"));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (DossierForm.Field field : form.fields()) {
            String key = section + "." + field.key();
            switch (field.type()) {
                case TEXT3 -> {
                    for (Language language : Language.values()) {
                        String value = clean(posted.get(key + "." + language.tag()));
                        check(field, key + "." + language.tag(), value, errors);
                        values.put(key + "." + language.tag(), value);
                    }
                }
                case TEXT -> {
                    String value = clean(posted.get(key));
                    check(field, key, value, errors);
                    values.put(key, value);
                }
                case DATE -> {
                    String value = clean(posted.get(key));
                    if (!value.isEmpty()) {
                        try {
                            LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            errors.put(key, "nominations.error.date");
                        }
                    }
                    values.put(key, value);
                }
                case CHOICES -> {
                    List<String> chosen = new ArrayList<>();
                    for (String choice : choices == null ? List.<String>of() : choices) {
                        if (choice.startsWith(field.key() + ":") && field.choices().contains(choice.substring(field.key().length() + 1))) {
                            chosen.add(choice.substring(field.key().length() + 1));
                        }
                    }
                    chosen.sort(java.util.Comparator.comparing(field.choices()::indexOf));
                    values.put(key, String.join(",", chosen));
                }
            }
        }
        Identification identification = null;
        if (section.equals("identification")) {
            identification = Identification.read(posted, geo.memberStateCodes(), errors);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepareSection(model, lang, view, form, values, errors);
            model.addAttribute("identification", identification);
            model.addAttribute("version", expected);
            return "nominations/section";
        }
        try {
            if (identification != null) {
                desk.identify(actor, fileId, expected, identification.name(), identification.coStates(), identification.serial(),
                        identification.latitude(), identification.longitude(), identification.core(), identification.buffer(),
                        identification.components(), values);
            } else {
                desk.fill(actor, fileId, expected, section, values);
            }
        } catch (StaleFileException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            prepareSection(model, lang, view, form, values, Map.of());
            model.addAttribute("identification", identification);
            model.addAttribute("stale", e);
            return "nominations/section";
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            NominationFile now = desk.open(actor, fileId).file();
            prepareSection(model, lang, view, form, values, Map.of());
            model.addAttribute("identification", identification);
            model.addAttribute("stale", new StaleFileException(now.updatedBy(), now.updatedAt()));
            return "nominations/section";
        }
        return "redirect:/" + lang.tag() + BASE + "/" + fileId + "?saved=" + section;
    }

    /**
     * The section page's autosave: the same form, posted in the background while the person types.
     * Answers 204 with the file's new version (for the next save), 409 when someone else saved
     * meanwhile, 422 when a field is refused — and then the page keeps the typing for a manual save.
     */
    @PostMapping(value = "/" + LANG + BASE + "/{id}/sections/{section}", headers = "X-Autosave=1")
    org.springframework.http.ResponseEntity<Void> autosave(@PathVariable Language lang, @PathVariable String id,
                                                           @PathVariable String section, @RequestParam Map<String, String> posted,
                                                           @RequestParam(name = "choice", required = false) List<String> choices,
                                                           Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        String outcome = saveSection(lang, id, section, posted, choices, actor, model, response);
        if (outcome.startsWith("redirect:")) {
            long version = desk.open(actor, uuid(id)).file().version();
            return org.springframework.http.ResponseEntity.noContent().header("X-Version", String.valueOf(version)).build();
        }
        return org.springframework.http.ResponseEntity.status(response.getStatus()).build();
    }

    private void prepareSection(Model model, Language lang, NominationDesk.View view, DossierForm.Section form,
                                Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("file", view.file());
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("version", view.file().version());
        model.addAttribute("comments", view.file().openComments().getOrDefault(form.key(), List.of()));
        model.addAttribute("memberStates", geo.memberStates(lang));
        model.addAttribute("identification", Identification.of(view.file()));
    }

    private static Map<String, String> current(NominationFile file, DossierForm.Section form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DossierForm.Field field : form.fields()) {
            String key = form.key() + "." + field.key();
            if (field.type() == DossierForm.Type.TEXT3) {
                for (Language language : Language.values()) {
                    values.put(key + "." + language.tag(), file.text(key + "." + language.tag()));
                }
            } else {
                values.put(key, file.text(key));
            }
        }
        return values;
    }

    private static void check(DossierForm.Field field, String key, String value, Map<String, String> errors) {
        if (value.codePointCount(0, value.length()) > field.maxLength()) {
            errors.put(key, "nominations.error.too-long");
        }
    }

    /** Text as typed, minus what no one types: control characters (but line breaks) and bidi overrides kept balanced by the browser. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    @GetMapping("/" + LANG + BASE + "/{id}/versions/{number}")
    String version(@PathVariable Language lang, @PathVariable String id, @PathVariable String number,
                   Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        UUID fileId = uuid(id);
        NominationVersion version = submittedVersion(actor, fileId, number);
        int n = version.number();
        Map<String, String> before = n > 1 ? desk.version(actor, fileId, n - 1).map(NominationVersion::texts).orElse(Map.of()) : Map.of();
        Map<String, String> after = version.texts();
        List<Map.Entry<String, String[]>> changes = new ArrayList<>();
        for (String key : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            String was = before.getOrDefault(key, "");
            String is = after.getOrDefault(key, "");
            if (!was.equals(is)) {
                changes.add(Map.entry(label(lang, key), new String[]{was, is}));
            }
        }
        model.addAttribute("file", desk.open(actor, fileId).file());
        model.addAttribute("version", version);
        Map<String, String> texts = new LinkedHashMap<>();
        new java.util.TreeMap<>(after).forEach((key, text) -> texts.put(label(lang, key), text));
        model.addAttribute("texts", texts);
        model.addAttribute("changes", changes);
        model.addAttribute("previous", n > 1 ? n - 1 : null);
        return "nominations/version";
    }

    /** A generated PDF as a download named {@code filename}. */
    static org.springframework.http.ResponseEntity<byte[]> pdfDownload(byte[] document, String filename, String cacheControl) {
        return org.turath.web.Downloads.attachment(document, org.springframework.http.MediaType.APPLICATION_PDF, filename,
                cacheControl);
    }

    /** Version {@code number} of the file, to those who may read it; 404 for anything else. */
    private NominationVersion submittedVersion(Actor actor, UUID fileId, String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException("version");
        }
        return desk.version(actor, fileId, n).orElseThrow(() -> new NotFoundException("version"));
    }

    /** The dossier of a submitted version as a PDF, its labels in the page's language. */
    @GetMapping("/" + LANG + BASE + "/{id}/versions/{number}/dossier.pdf")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> dossier(@PathVariable Language lang, @PathVariable String id,
                                                            @PathVariable String number, Actor actor) {
        UUID fileId = uuid(id);
        NominationVersion version = submittedVersion(actor, fileId, number);
        int n = version.number();
        NominationFile file = desk.open(actor, fileId).file();
        // drawn once per version and language, then served from the file store
        java.nio.file.Path document = dossiers.dossier(file, version, desk.figures(actor, fileId, version), lang);
        return org.turath.web.Downloads.attachment(document, org.springframework.http.MediaType.APPLICATION_PDF,
                file.reference() + "-v" + n + "-" + lang.tag() + ".pdf", "no-store");
    }

    /**
     * A frozen field's key in words: "History and development — History and development (Arabic)",
     * "Component 2 — Latitude", "Documents 1".
     */
    private String label(Language lang, String key) {
        String[] parts = key.split("\\.");
        if (parts[0].equals("components") && parts.length >= 3) {
            String field = parts[2].equals("name") ? text(lang, "nominations.field.name") : text(lang, "nominations.field." + parts[2]);
            return text(lang, "nominations.component.field", parts[1], field) + languageOf(lang, parts);
        }
        if (parts[0].equals("attachments")) {
            return text(lang, "nominations.documents") + " " + Integer.parseInt(parts[1]);
        }
        String section = text(lang, "nominations.section." + parts[0]);
        if (parts.length < 2) {
            return section;
        }
        return section + " — " + text(lang, "nominations.field." + parts[1]) + languageOf(lang, parts);
    }

    private String languageOf(Language lang, String[] parts) {
        String last = parts[parts.length - 1];
        return Language.fromTag(last).filter(l -> parts.length >= 3).map(l -> " (" + text(lang, "nominations.lang." + l.tag()) + ")").orElse("");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The file's zones for its map and list: which part, core or buffer, and the geometry. */
    private List<Map<String, Object>> zones(Language lang, NominationFile file) {
        List<Map<String, Object>> zones = new ArrayList<>();
        String property = text(lang, "nominations.zone.property");
        addZone(zones, lang, property, 0, true, file.coreZone());
        addZone(zones, lang, property, 0, false, file.bufferZone());
        for (int i = 0; i < file.components().size(); i++) {
            var part = file.components().get(i);
            String name = part.name().resolve(lang).map(org.turath.shared.Localized::text).orElse(String.valueOf(i + 1));
            String label = text(lang, "nominations.component.field", i + 1, name);
            addZone(zones, lang, label, i + 1, true, part.coreZone());
            addZone(zones, lang, label, i + 1, false, part.bufferZone());
        }
        return zones;
    }

    private void addZone(List<Map<String, Object>> zones, Language lang, String part, int target, boolean core, String geometry) {
        if (geometry != null) {
            zones.add(Map.of("label", part + " — " + text(lang, core ? "nominations.zone.core" : "nominations.zone.buffer"),
                    "zone", core ? "core" : "buffer", "target", target, "geometry", geometry,
                    "summary", org.turath.nominations.domain.ZoneGeometry.summary(geometry)));
        }
    }

    // --- documents ---------------------------------------------------------------------------

    @PostMapping("/" + LANG + BASE + "/{id}/attachments")
    String attach(@PathVariable Language lang, @PathVariable String id,
                  @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile upload,
                  @RequestParam Map<String, String> form, Actor actor, Model model,
                  HttpServletResponse response) throws java.io.IOException {
        NoStore.personal(response);
        UUID fileId = uuid(id);
        try {
            org.turath.nominations.domain.Attachment.Kind kind = parseEnum(org.turath.nominations.domain.Attachment.Kind.class,
                    form.get("kind")).orElseThrow(() -> new Refusal("nominations", "attachment-kind"));
            String caption = clean(form.get("caption"));
            if (caption.length() > 500) {
                throw new Refusal("nominations", "too-long", 500);
            }
            if (kind == org.turath.nominations.domain.Attachment.Kind.VIDEO) {
                desk.attachVideo(actor, fileId, clean(form.get("url")), caption, "on".equals(form.get("rights")));
            } else {
                if (upload == null || upload.isEmpty()) {
                    throw new Refusal("nominations", "attachment-missing");
                }
                try (java.io.InputStream in = upload.getInputStream()) {
                    desk.attach(actor, fileId, kind, in, upload.getOriginalFilename(), caption, "on".equals(form.get("rights")));
                }
            }
            return "redirect:/" + lang.tag() + BASE + "/" + fileId + "?done=attach#documents";
        } catch (Refusal e) {
            return refused(lang, actor, fileId, model, response, e);
        }
    }

    /** A core or buffer zone uploaded as GeoJSON or KML (or removed), for the property or one of its components. */
    @PostMapping("/" + LANG + BASE + "/{id}/zones")
    String zone(@PathVariable Language lang, @PathVariable String id,
                @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile upload,
                @RequestParam Map<String, String> form, Actor actor, Model model,
                HttpServletResponse response) throws java.io.IOException {
        NoStore.personal(response);
        UUID fileId = uuid(id);
        try {
            int component = RequestParameters.present(form.get("target"))
                    .map(t -> RequestParameters.intBetween(t, 0, Identification.MAX_COMPONENTS, "target")).orElse(0);
            boolean core = !"buffer".equals(form.get("zone"));
            if ("remove".equals(form.get("action"))) {
                desk.zone(actor, fileId, component, core, null);
            } else {
                if (upload == null || upload.isEmpty()) {
                    throw new Refusal("nominations", "attachment-missing");
                }
                if (upload.getSize() > org.turath.nominations.domain.ZoneGeometry.MAX_BYTES) {
                    throw new Refusal("nominations", "zone-size", org.turath.nominations.domain.ZoneGeometry.MAX_BYTES / (1024 * 1024));
                }
                desk.zone(actor, fileId, component, core, upload.getBytes());
            }
            return "redirect:/" + lang.tag() + BASE + "/" + fileId + "?done=zone#zones";
        } catch (Refusal e) {
            return refused(lang, actor, fileId, model, response, e);
        }
    }

    @PostMapping("/" + LANG + BASE + "/{id}/attachments/{attachment}/delete")
    String detach(@PathVariable Language lang, @PathVariable String id, @PathVariable String attachment,
                  Actor actor, Model model, HttpServletResponse response) throws java.io.IOException {
        NoStore.personal(response);
        UUID fileId = uuid(id);
        try {
            desk.detach(actor, fileId, uuid(attachment));
        } catch (Refusal e) {
            return refused(lang, actor, fileId, model, response, e);
        }
        return "redirect:/" + lang.tag() + BASE + "/" + fileId + "?done=detach#documents";
    }

    /** A stored document, to those who may read the file; always as a download, never rendered by the browser. */
    @GetMapping("/" + LANG + BASE + "/{id}/attachments/{attachment}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable Language lang,
            @PathVariable String id, @PathVariable String attachment, Actor actor) {
        NominationDesk.Download file = desk.download(actor, uuid(id), uuid(attachment));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.mediaType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename(file.shownName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new org.springframework.core.io.FileSystemResource(file.path()));
    }

    // --- the commands ------------------------------------------------------------------------

    @PostMapping("/" + LANG + BASE + "/{id}/{command}")
    String command(@PathVariable Language lang, @PathVariable String id, @PathVariable String command,
                   @RequestParam Map<String, String> form,
                   @RequestParam(name = "criterion", required = false) List<String> criteria,
                   Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        UUID fileId = uuid(id);
        Consumer<Actor> action = switch (command) {
            case "submit" -> a -> desk.submit(a, fileId);
            case "roll-over" -> a -> desk.rollOver(a, fileId);
            case "withdraw" -> a -> desk.withdraw(a, fileId, required(form, "reason"));
            case "return" -> a -> desk.returnToState(a, fileId, sectionComments(form), clean(form.get("summary")));
            case "accept" -> a -> desk.accept(a, fileId, clean(form.get("comment")));
            case "extend" -> a -> desk.extend(a, fileId, date(form.get("until")));
            case "assign" -> a -> desk.assign(a, fileId, emails(form.get("evaluators")), date(form.get("due")));
            case "declare" -> a -> desk.declare(a, fileId, "yes".equals(form.get("conflict")), required(form, "declaration"));
            case "evaluate" -> a -> desk.evaluate(a, fileId, chosenCriteria(criteria), required(form, "assessment"),
                    parseEnum(Outcome.class, form.get("recommendation")).orElseThrow(() -> new Refusal("nominations", "recommendation")));
            case "schedule" -> a -> desk.schedule(a, fileId, RequestParameters.present(form.get("session")).map(NominationPages::uuid)
                    .orElseThrow(() -> new Refusal("nominations", "session-choose")));
            case "decide" -> a -> desk.decide(a, fileId, version(form), parseEnum(Outcome.class, form.get("outcome"))
                    .orElseThrow(() -> new Refusal("nominations", "outcome")), new LocalizedText(blank(clean(form.get("text.ar"))),
                    blank(clean(form.get("text.en"))), blank(clean(form.get("text.fr")))));
            default -> throw new NotFoundException("command");
        };
        List<String> problems = new ArrayList<>();
        HttpStatus status = HttpStatus.CONFLICT;
        try {
            action.accept(actor);
            return "redirect:/" + lang.tag() + BASE + "/" + fileId + "?done=" + command;
        } catch (IncompleteDossierException e) {
            problems.add(text(lang, "nominations.problem.incomplete", e.missing().size()));
            for (var missing : e.missing()) {
                problems.add(text(lang, "nominations.section." + missing.section()) + " — "
                        + text(lang, "nominations.field." + missing.field()));
            }
            status = HttpStatus.UNPROCESSABLE_CONTENT;
        } catch (Refusal e) {
            problems.add(problem(lang, e));
            status = HttpStatus.UNPROCESSABLE_CONTENT;
        } catch (NominationStateException e) {
            problems.add(text(lang, "nominations.problem.state", text(lang, "nominations.status." + e.status())));
        } catch (StaleFileException e) {
            problems.add(text(lang, "nominations.problem.stale", e.by()));
        } catch (ObjectOptimisticLockingFailureException e) {
            NominationFile now = desk.open(actor, fileId).file();
            problems.add(text(lang, "nominations.problem.stale", now.updatedBy()));
        }
        response.setStatus(status.value());
        return show(lang, actor, fileId, model, problems);
    }

    /** The file's page again, with the refusal's translated message and a 422. */
    private String refused(Language lang, Actor actor, UUID fileId, Model model, HttpServletResponse response, Refusal e) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(lang, actor, fileId, model, List.of(problem(lang, e)));
    }

    private String problem(Language lang, Refusal e) {
        return text(lang, e.messageKey(), localised(lang, e.arguments()));
    }

    private Object[] localised(Language lang, Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof NominationStatus s) {
                out[i] = text(lang, "nominations.status." + s);
            } else if (out[i] instanceof NominationCommand c) {
                out[i] = text(lang, "nominations.command." + c);
            } else if (out[i] instanceof LocalDate d) {
                out[i] = org.turath.shared.LocalizedDates.format(d, lang);
            }
        }
        return out;
    }

    private static Map<String, String> sectionComments(Map<String, String> form) {
        Map<String, String> comments = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("comment.") && !clean(value).isEmpty()) {
                String section = key.substring("comment.".length());
                if (section.matches("[a-z]{1,30}")) {
                    comments.put(section, limit(clean(value), 4000));
                }
            }
        });
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

    private static String required(Map<String, String> form, String name) {
        String value = clean(form.get(name));
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

    private static long version(Map<String, String> form) {
        return RequestParameters.version(clean(form.get("version")));
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : TextInput.line(value);
    }

    // --- helpers -----------------------------------------------------------------------------

    private String text(Language lang, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, lang.locale());
    }

    static LocalizedText names(Map<String, String> form, String prefix, Map<String, String> errors) {
        String ar = clean(form.get(prefix + ".ar"));
        String en = clean(form.get(prefix + ".en"));
        String fr = clean(form.get(prefix + ".fr"));
        for (String value : List.of(ar, en, fr)) {
            if (value.length() > 500) {
                errors.put(prefix, "nominations.error.too-long");
            }
        }
        return new LocalizedText(ar.isEmpty() ? null : ar, en.isEmpty() ? null : en, fr.isEmpty() ? null : fr);
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Set<String> states(List<NominationFile> files) {
        Set<String> all = new LinkedHashSet<>();
        files.forEach(f -> all.addAll(f.allStates()));
        return all;
    }

    static UUID uuid(String value) {
        return RequestParameters.pathId(value, "nomination");
    }

}
