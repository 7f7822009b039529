package org.turath.library.web;

import org.turath.library.ArticleId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
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
import org.turath.library.domain.NewsArticle;
import org.turath.library.internal.NewsDesk;
import org.turath.registry.RegistryApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/** News for readers (pages and an Atom feed per language) and for the secretariat (write, schedule). */
@Controller
class NewsPages {

    private static final int PAGE = 20;
    private static final ZoneId CENTRE = ZoneId.of("Africa/Casablanca");

    private final NewsDesk desk;
    /** A news article as its back-office form posts it (the picture comes as a file beside it). */
    record ArticleForm(String version, Trilingual title, Trilingual lead, Trilingual body, Trilingual imageAlt, List<String> tags,
                       String related, String publishAt, String ready) implements FormRecord {
    }

    private final RegistryApi registry;
    private final MessageSource messages;
    private final AtomFeed atom;

    private final org.turath.web.LinkedData linked;

    private final org.turath.topics.Topics topics;

    NewsPages(NewsDesk desk, RegistryApi registry, MessageSource messages, AtomFeed atom, org.turath.web.LinkedData linked,
              org.turath.topics.Topics topics) {
        this.topics = topics;
        this.linked = linked;
        this.desk = desk;
        this.registry = registry;
        this.messages = messages;
        this.atom = atom;
    }

    @GetMapping("/" + LANG + "/news")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Model model) {
        Slice<NewsArticle> page;
        try {
            page = desk.published(RequestParameters.present(after), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("articles", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "library/news";
    }

    @GetMapping("/" + LANG + "/news/{id}")
    String article(@PathVariable Language lang, @PathVariable ArticleId id, Model model,
                   jakarta.servlet.http.HttpServletResponse response) {
        NewsArticle article = desk.publicArticle(id);
        org.turath.web.LinkedData.variesByAccept(response);
        model.addAttribute("article", article);
        model.addAttribute("related", LibraryForms.relatedNames(article.related(), registry, lang));
        model.addAttribute("topicLabels", topics.labels(article.tags(), lang));
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(describe(article)));
        return "library/article";
    }

    /** The same article as linked data, for a client that asks its page's address for JSON-LD. */
    @GetMapping(path = "/" + LANG + "/news/{id}", produces = org.turath.web.LinkedData.MEDIA_TYPE)
    ResponseEntity<String> articleAsLinkedData(@PathVariable Language lang, @PathVariable ArticleId id) {
        return linked.answer(describe(desk.publicArticle(id)));
    }

    private java.util.Map<String, Object> describe(NewsArticle article) {
        String path = "/news/" + article.id();
        java.util.Map<String, Object> thing = linked.thing("NewsArticle", "/" + Language.DEFAULT.tag() + path);
        thing.put("headline", org.turath.web.LinkedData.texts(article.title()));
        thing.put("description", org.turath.web.LinkedData.texts(article.lead()));
        thing.put("mainEntityOfPage", linked.pages(path));
        thing.put("image", article.image() == null ? null : linked.absolute("/" + Language.DEFAULT.tag() + path + "/image"));
        thing.put("datePublished", article.publishAt().toString());
        thing.put("dateModified", article.updatedAt().toString());
        thing.put("keywords", article.tags().isEmpty() ? null : topics.labels(article.tags(), Language.DEFAULT));
        thing.put("publisher", linked.publisher());
        return thing;
    }

    @GetMapping("/" + LANG + "/news/{id}/image")
    ResponseEntity<FileSystemResource> image(@PathVariable Language lang, @PathVariable ArticleId id) {
        Path image = desk.image(id);
        return ResponseEntity.ok().contentType(MediaTypeFactory.getMediaType(image.getFileName().toString()).orElse(MediaType.IMAGE_JPEG))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(new FileSystemResource(image));
    }

    @GetMapping(value = "/" + LANG + "/news/feed.atom")
    ResponseEntity<String> feed(@PathVariable Language lang) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(atom.news(desk.latest(30), lang, desk.now()));
    }

    // ---- the back office

    @GetMapping("/" + LANG + "/admin/news")
    String adminList(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Actor actor,
                     Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Slice<NewsArticle> page;
        try {
            page = desk.all(actor, RequestParameters.present(after), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("articles", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("now", desk.now());
        return "library/admin-news";
    }

    @GetMapping("/" + LANG + "/admin/news/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        LibraryForms.requireEditor(actor);
        return show(model, null, Map.of("publishAt", LocalDateTime.ofInstant(desk.now(), CENTRE).withSecond(0).withNano(0).toString()),
                Map.of(), null);
    }

    @PostMapping("/" + LANG + "/admin/news/new")
    String create(@PathVariable Language lang, @ModelAttribute ArticleForm form,
                  @RequestParam(name = "image", required = false) MultipartFile image, Actor actor, Model model,
                  HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new LinkedHashMap<>();
        NewsArticle.Draft draft = draft(form, errors, List.of());
        return LibraryForms.submit(messages, lang, errors, image, (in, name) ->
                "redirect:/" + lang.tag() + "/admin/news/" + desk.create(actor, draft, in).id() + "?saved",
                response, problem -> show(model, null, form, errors, problem));
    }

    @GetMapping("/" + LANG + "/admin/news/{id}")
    String edit(@PathVariable Language lang, @PathVariable ArticleId id, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        NewsArticle article = desk.article(actor, id);
        return show(model, article, formOf(article), Map.of(), null);
    }

    @PostMapping("/" + LANG + "/admin/news/{id}")
    String save(@PathVariable Language lang, @PathVariable ArticleId id, @ModelAttribute ArticleForm form,
                @RequestParam(name = "image", required = false) MultipartFile image, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        NewsArticle article = desk.article(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        NewsArticle.Draft draft = draft(form, errors, article.tags());
        long version = RequestParameters.version(form.version());
        return LibraryForms.submit(messages, lang, errors, image, (in, name) -> {
            desk.update(actor, article.id(), version, draft, in);
            return "redirect:/" + lang.tag() + "/admin/news/" + article.id() + "?saved";
        }, response, problem -> show(model, article, form, errors, problem));
    }

    private String show(Model model, NewsArticle article, Object form, Map<String, String> errors, String problem) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("languages", Language.values());
        model.addAttribute("topicChoices", topics.choices(article == null ? List.of() : article.tags()));
        model.addAttribute("chosenTopics", java.util.Set.copyOf(form instanceof ArticleForm typed && typed.tags() != null
                ? typed.tags() : List.of()));
        return "library/admin-article";
    }

    private NewsArticle.Draft draft(ArticleForm form, Map<String, String> errors, List<String> kept) {
        LocalizedText title = LibraryForms.texts(form.title(), "title", 300, errors);
        if (title.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "library.error.title");
        }
        LocalizedText lead = LibraryForms.texts(form.lead(), "lead", 1000, errors);
        RichText body = LibraryForms.richText(form.body(), "body", 100_000, errors);
        LocalizedText imageAlt = LibraryForms.texts(form.imageAlt(), "imageAlt", 300, errors);
        List<String> tags = topics.read(form.tags(), kept, "tags", "library.error.topics", errors);
        List<String> related = LibraryForms.related(form.related(), registry, errors);
        Instant publishAt = null;
        try {
            publishAt = LocalDateTime.parse(Optional.ofNullable(form.publishAt()).orElse("").strip()).atZone(CENTRE).toInstant();
        } catch (DateTimeException e) {
            errors.put("publishAt", "library.error.publish-at");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewsArticle.Draft(title, lead, body, imageAlt, tags, related, publishAt, "on".equals(form.ready()));
    }

    private static ArticleForm formOf(NewsArticle article) {
        NewsArticle.Draft d = article.draft();
        return new ArticleForm(String.valueOf(article.version()), Trilingual.of(d.title()), Trilingual.of(d.lead()),
                Trilingual.of(d.body().markup()), Trilingual.of(d.imageAlt()), d.tags(),
                String.join(", ", d.related()), LocalDateTime.ofInstant(d.publishAt(), CENTRE).withSecond(0).withNano(0).toString(),
                d.ready() ? "on" : "");
    }
}
