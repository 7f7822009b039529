package org.turath.library.web;

import org.turath.library.PublicationId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.library.PublicationKind;
import org.turath.library.domain.Publication;
import org.turath.library.internal.LibraryDesk;
import org.turath.registry.RegistryApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/** The library: publications for readers (with their PDF and thumbnail) and for the secretariat. */
@Controller
class PublicationPages {

    private static final int PAGE = 20;

    /** A publication as its back-office form posts it. */
    record PublicationForm(String version, String kind, Trilingual title, Trilingual summary, String authors, String year,
                           String language, List<String> topics, String isbn, String doi, String related, String published)
            implements FormRecord {
    }

    private final LibraryDesk desk;
    private final RegistryApi registry;
    private final MessageSource messages;

    private final org.turath.web.LinkedData linked;

    private final org.turath.topics.Topics topics;

    PublicationPages(LibraryDesk desk, RegistryApi registry, MessageSource messages, org.turath.web.LinkedData linked,
                     org.turath.topics.Topics topics) {
        this.topics = topics;
        this.linked = linked;
        this.desk = desk;
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/publications")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Model model) {
        Slice<Publication> page = page(false, after);
        model.addAttribute("publications", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "library/publications";
    }

    @GetMapping("/" + LANG + "/publications/{id}")
    String publication(@PathVariable Language lang, @PathVariable PublicationId id, Model model,
                       jakarta.servlet.http.HttpServletResponse response) {
        Publication publication = desk.publicPublication(id);
        org.turath.web.LinkedData.variesByAccept(response);
        model.addAttribute("publication", publication);
        model.addAttribute("related", LibraryForms.relatedNames(publication.related(), registry, lang));
        model.addAttribute("topicLabels", topics.labels(org.turath.topics.Topics.codes(publication.topics()), lang));
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(describe(publication)));
        return "library/publication";
    }

    /** The same publication as linked data, for a client that asks its page's address for JSON-LD. */
    @GetMapping(path = "/" + LANG + "/publications/{id}", produces = org.turath.web.LinkedData.MEDIA_TYPE)
    ResponseEntity<String> publicationAsLinkedData(@PathVariable Language lang, @PathVariable PublicationId id) {
        return linked.answer(describe(desk.publicPublication(id)));
    }

    private java.util.Map<String, Object> describe(Publication publication) {
        java.util.Map<String, Object> thing = linked.thing(publication.isbn() != null ? "Book" : "CreativeWork",
                "/" + Language.DEFAULT.tag() + "/publications/" + publication.id());
        thing.put("name", org.turath.web.LinkedData.texts(publication.title()));
        thing.put("abstract", org.turath.web.LinkedData.texts(publication.summary().plain()));
        thing.put("mainEntityOfPage", linked.pages("/publications/" + publication.id()));
        thing.put("author", publication.authors());
        thing.put("datePublished", publication.year() == null ? null : publication.year().toString());
        thing.put("inLanguage", publication.language() == null ? null : publication.language().tag());
        thing.put("isbn", publication.isbn());
        thing.put("sameAs", publication.doi() == null ? null : "https://doi.org/" + publication.doi());
        thing.put("keywords", publication.topics() == null ? null
                : String.join(", ", topics.labels(org.turath.topics.Topics.codes(publication.topics()), Language.DEFAULT)));
        thing.put("numberOfPages", publication.pageCount());
        thing.put("publisher", linked.publisher());
        return thing;
    }

    @GetMapping("/" + LANG + "/publications/{id}/file")
    ResponseEntity<FileSystemResource> download(@PathVariable Language lang, @PathVariable PublicationId id,
                                                jakarta.servlet.http.HttpServletRequest request) {
        PublicationId publication = id;
        String range = request.getHeader(HttpHeaders.RANGE);
        boolean whole = "GET".equals(request.getMethod()) && (range == null || range.matches("bytes=0-.*"));
        Path file = desk.download(publication, request.getRemoteAddr() + " " + request.getHeader(HttpHeaders.USER_AGENT), whole);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("turath-" + publication + ".pdf").build().toString())
                .cacheControl(CacheControl.noCache())
                .body(new FileSystemResource(file));
    }

    @GetMapping("/" + LANG + "/publications/{id}/thumbnail")
    ResponseEntity<FileSystemResource> thumbnail(@PathVariable Language lang, @PathVariable PublicationId id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(new FileSystemResource(desk.thumbnail(id)));
    }

    // ---- the back office

    @GetMapping("/" + LANG + "/admin/publications")
    String adminList(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Actor actor,
                     Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Slice<Publication> page = page(true, after);
        model.addAttribute("publications", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "library/admin-publications";
    }

    @GetMapping("/" + LANG + "/admin/publications/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        LibraryForms.requireEditor(actor);
        return show(model, null, Map.of("language", lang.tag()), Map.of(), null);
    }

    @PostMapping("/" + LANG + "/admin/publications/new")
    String create(@PathVariable Language lang, @ModelAttribute PublicationForm form,
                  @RequestParam(name = "file", required = false) MultipartFile file, Actor actor, Model model,
                  HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new LinkedHashMap<>();
        Publication.Details details = details(form, errors, List.of());
        if (file == null || file.isEmpty()) {
            errors.put("file", "library.error.file");
        }
        return LibraryForms.submit(messages, lang, errors, file, (in, name) ->
                "redirect:/" + lang.tag() + "/admin/publications/" + desk.create(actor, details, in, name).id() + "?saved",
                response, problem -> show(model, null, form, errors, problem));
    }

    @GetMapping("/" + LANG + "/admin/publications/{id}")
    String edit(@PathVariable Language lang, @PathVariable PublicationId id, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Publication publication = desk.publication(actor, id);
        return show(model, publication, formOf(publication), Map.of(), null);
    }

    @PostMapping("/" + LANG + "/admin/publications/{id}")
    String save(@PathVariable Language lang, @PathVariable PublicationId id, @ModelAttribute PublicationForm form,
                @RequestParam(name = "file", required = false) MultipartFile file, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Publication publication = desk.publication(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Publication.Details details = details(form, errors, org.turath.topics.Topics.codes(publication.topics()));
        long version = RequestParameters.version(form.version());
        return LibraryForms.submit(messages, lang, errors, file, (in, name) -> {
            desk.update(actor, publication.id(), version, details, in, name);
            return "redirect:/" + lang.tag() + "/admin/publications/" + publication.id() + "?saved";
        }, response, problem -> show(model, publication, form, errors, problem));
    }

    private String show(Model model, Publication publication, Object form, Map<String, String> errors, String problem) {
        model.addAttribute("publication", publication);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("maxMegabytes", desk.maxBytes() / (1024 * 1024));
        model.addAttribute("topicChoices", topics.choices(publication == null ? List.of() : org.turath.topics.Topics.codes(publication.topics())));
        model.addAttribute("chosenTopics", java.util.Set.copyOf(form instanceof PublicationForm typed && typed.topics() != null
                ? typed.topics() : List.of()));
        return "library/admin-publication";
    }

    private Publication.Details details(PublicationForm form, Map<String, String> errors, List<String> kept) {
        Optional<PublicationKind> kind = RequestParameters.named(PublicationKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.put("kind", "library.error.kind");
        }
        LocalizedText title = LibraryForms.texts(form.title(), "title", 500, errors);
        if (title.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "library.error.title");
        }
        RichText summary = LibraryForms.richText(form.summary(), "summary", 20_000, errors);
        String authors = LibraryForms.line(form.authors(), "authors", 500, errors);
        Integer year = null;
        String yearText = Optional.ofNullable(form.year()).orElse("").strip();
        if (!yearText.isEmpty()) {
            if (!yearText.matches("\\d{4}") || Integer.parseInt(yearText) < 1000 || Integer.parseInt(yearText) > Year.now().getValue() + 1) {
                errors.put("year", "library.error.year");
            } else {
                year = Integer.parseInt(yearText);
            }
        }
        Language language = Language.fromTag(Optional.ofNullable(form.language()).orElse("")).orElse(null);
        if (language == null) {
            errors.put("language", "library.error.language");
        }
        List<String> topicCodes = topics.read(form.topics(), kept, "topics", "library.error.topics", errors);
        String isbn = Optional.ofNullable(form.isbn()).map(v -> v.replaceAll("[\\s-]", "")).filter(v -> !v.isEmpty()).orElse(null);
        if (isbn != null && !isbn.matches("\\d{9}[\\dXx]|\\d{13}")) {
            errors.put("isbn", "library.error.isbn");
        }
        String doi = Optional.ofNullable(form.doi()).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
        if (doi != null && !doi.matches("10\\.\\d{4,9}/[^\\s]{1,180}")) {
            errors.put("doi", "library.error.doi");
        }
        List<String> related = LibraryForms.related(form.related(), registry, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Publication.Details(kind.get(), title, summary, authors, year, language,
                topicCodes.isEmpty() ? null : String.join(",", topicCodes), isbn, doi, related,
                "on".equals(form.published()));
    }

    private static PublicationForm formOf(Publication publication) {
        Publication.Details d = publication.details();
        return new PublicationForm(String.valueOf(publication.version()), d.kind().name(), Trilingual.of(d.title()),
                Trilingual.of(d.summary().markup()), d.authors(), d.year() == null ? "" : d.year().toString(), d.language().tag(),
                org.turath.topics.Topics.codes(d.topics()), d.isbn(), d.doi(), String.join(", ", d.related()), d.published() ? "on" : "");
    }

    private Slice<Publication> page(boolean all, String after) {
        try {
            return desk.list(all, RequestParameters.present(after), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
    }
}
