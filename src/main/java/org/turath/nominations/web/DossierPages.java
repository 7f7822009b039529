package org.turath.nominations.web;

import org.turath.nominations.NominationFileId;
import jakarta.servlet.http.HttpServletRequest;
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
import org.turath.geo.GeoApi;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationVersion;
import org.turath.nominations.internal.DossierDocuments;
import org.turath.nominations.internal.KeptDossiers;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.StaleFileException;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.web.NoStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.turath.nominations.web.NominationForms.clean;
import static org.turath.web.WebConfiguration.LANG;

/**
 * A dossier section by section: each section's form as its definition ({@link DossierForm}) lays it
 * out, saved by hand or in the background while the person types, refused without loss when
 * someone saved meanwhile; and the submitted versions, compared field by field and as PDFs.
 */
@Controller
class DossierPages {

    private final NominationDesk desk;
    private final DossierDocuments documents;
    private final GeoApi geo;
    private final MessageSource messages;
    private final KeptDossiers dossiers;

    DossierPages(NominationDesk desk, DossierDocuments documents, GeoApi geo, MessageSource messages,
                 KeptDossiers dossiers) {
        this.desk = desk;
        this.documents = documents;
        this.geo = geo;
        this.messages = messages;
        this.dossiers = dossiers;
    }

    @GetMapping("/" + LANG + FilePage.BASE + "/{id}/sections/{section}")
    String section(@PathVariable Language lang, @PathVariable NominationFileId id, @PathVariable String section,
                   Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        NominationDesk.View view = desk.open(actor, id);
        if (!view.readable()) {
            throw new org.turath.shared.NotAllowedException();
        }
        DossierForm.Section form = DossierForm.section(view.file().kind(), section)
                .orElseThrow(() -> new NotFoundException("section"));
        prepareSection(model, lang, view, form, current(view.file(), form), Map.of());
        return "nominations/section";
    }

    @PostMapping("/" + LANG + FilePage.BASE + "/{id}/sections/{section}")
    String saveSection(@PathVariable Language lang, @PathVariable NominationFileId id, @PathVariable String section,
                       @RequestParam(name = "choice", required = false) List<String> choices,
                       HttpServletRequest request, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        NominationFileId fileId = id;
        NominationDesk.View view = desk.open(actor, fileId);
        DossierForm.Section form = DossierForm.section(view.file().kind(), section)
                .orElseThrow(() -> new NotFoundException("section"));
        // the section's fields are those its definition names: each is read by name, nothing else is
        // co-submitting states come as one value each (a multiple choice); every other field as one value
        Function<String, String> posted = name -> name.equals("coStates") && request.getParameterValues(name) != null
                ? String.join(",", request.getParameterValues(name)) : request.getParameter(name);
        long expected = RequestParameters.present(posted.apply("version")).map(v -> {
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
                        String value = clean(posted.apply(key + "." + language.tag()));
                        check(field, key + "." + language.tag(), value, errors);
                        values.put(key + "." + language.tag(), value);
                    }
                }
                case TEXT -> {
                    String value = clean(posted.apply(key));
                    check(field, key, value, errors);
                    values.put(key, value);
                }
                case DATE -> {
                    String value = clean(posted.apply(key));
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
            // the file's own state is never one of its co-submitting states
            Set<String> partners = new java.util.HashSet<>(geo.memberStateCodes());
            partners.remove(view.file().state());
            identification = Identification.read(posted, partners, errors);
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
        return "redirect:/" + lang.tag() + FilePage.BASE + "/" + fileId + "?saved=" + section;
    }

    /**
     * The section page's autosave: the same form, posted in the background while the person types.
     * Answers 204 with the file's new version (for the next save), 409 when someone else saved
     * meanwhile, 422 when a field is refused — and then the page keeps the typing for a manual save.
     */
    @PostMapping(value = "/" + LANG + FilePage.BASE + "/{id}/sections/{section}", headers = "X-Autosave=1")
    org.springframework.http.ResponseEntity<Void> autosave(@PathVariable Language lang, @PathVariable NominationFileId id,
                                                           @PathVariable String section,
                                                           @RequestParam(name = "choice", required = false) List<String> choices,
                                                           HttpServletRequest request, Actor actor, Model model,
                                                           HttpServletResponse response) {
        NoStore.personal(response);
        String outcome = saveSection(lang, id, section, choices, request, actor, model, response);
        if (outcome.startsWith("redirect:")) {
            long version = desk.open(actor, id).file().version();
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

    @GetMapping("/" + LANG + FilePage.BASE + "/{id}/versions/{number}")
    String version(@PathVariable Language lang, @PathVariable NominationFileId id, @PathVariable String number,
                   Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        NominationFileId fileId = id;
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
    private NominationVersion submittedVersion(Actor actor, NominationFileId fileId, String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new NotFoundException("version");
        }
        return desk.version(actor, fileId, n).orElseThrow(() -> new NotFoundException("version"));
    }

    /** The dossier of a submitted version as a PDF, its labels in the page's language. */
    @GetMapping("/" + LANG + FilePage.BASE + "/{id}/versions/{number}/dossier.pdf")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> dossier(@PathVariable Language lang, @PathVariable NominationFileId id,
                                                            @PathVariable String number, Actor actor) {
        NominationFileId fileId = id;
        NominationVersion version = submittedVersion(actor, fileId, number);
        int n = version.number();
        NominationFile file = desk.open(actor, fileId).file();
        // drawn once per version and language, then served from the file store
        java.nio.file.Path document = dossiers.dossier(file, version, documents.figures(actor, fileId, version), lang);
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

    private String text(Language lang, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, lang.locale());
    }
}
