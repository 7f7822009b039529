package org.turath.library.internal;

import org.turath.library.ArticleId;
import org.turath.shared.Refusal;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.library.domain.NewsArticle;
import org.turath.library.domain.NewsArticles;
import org.turath.shared.KeysetCursor;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;
import org.turath.files.FileStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * News: articles written by the secretariat, shown to readers from their publication time once
 * marked ready (scheduling needs no job: the time is part of every query).
 */
@Service
@Transactional
public class NewsDesk {

    static final String AREA = "news";
    private static final long MAX_IMAGE = 10L * 1024 * 1024;
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
    /** The most pixels a news picture may have (a 48-megapixel camera's photograph passes). */
    static final long MAX_PIXELS = 50_000_000L;

    private final NewsArticles articles;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final LibraryPages pages;

    NewsDesk(NewsArticles articles, FileStore files, AuditLog audit, Optional<Clock> clock, LibraryPages pages) {
        this.articles = articles;
        this.files = files;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional(readOnly = true)
    public Slice<NewsArticle> published(Optional<String> cursor, int limit) {
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(articles.published(now(), before.time(), before.id(), Limit.of(limit + 1)), limit, NewsDesk::cursorOf);
    }

    @Transactional(readOnly = true)
    public List<NewsArticle> latest(int count) {
        return articles.published(now(), KeysetCursor.At.END.time(), KeysetCursor.At.END.id(), Limit.of(count));
    }

    @Transactional(readOnly = true)
    public Slice<NewsArticle> all(Actor actor, Optional<String> cursor, int limit) {
        LibraryDesk.requireEditor(actor);
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(articles.all(before.time(), before.id(), Limit.of(limit + 1)), limit, NewsDesk::cursorOf);
    }

    @Transactional(readOnly = true)
    public NewsArticle publicArticle(ArticleId id) {
        return articles.findById(id.value()).filter(a -> a.visibleAt(now())).orElseThrow(() -> new NotFoundException("news"));
    }

    @Transactional(readOnly = true)
    public NewsArticle article(Actor actor, ArticleId id) {
        LibraryDesk.requireEditor(actor);
        return articles.findById(id.value()).orElseThrow(() -> new NotFoundException("news"));
    }

    public NewsArticle create(Actor actor, NewsArticle.Draft draft, InputStream image) {
        LibraryDesk.requireEditor(actor);
        NewsArticle article = articles.save(new NewsArticle(draft, actor.email(), now()));
        if (image != null) {
            article.image(keepImage(image));
        }
        audit.recordBy(actor.email(), AuditType.PUBLICATION, "news " + article.id(), "created");
        pages.changed(article.related());
        return article;
    }

    public NewsArticle update(Actor actor, ArticleId id, long version, NewsArticle.Draft draft, InputStream image) {
        NewsArticle article = article(actor, id);
        if (article.version() != version) {
            throw new Refusal("library", "stale");
        }
        List<String> before = article.related();
        article.apply(draft, now());
        if (image != null) {
            article.image(keepImage(image));
        }
        audit.recordBy(actor.email(), AuditType.PUBLICATION, "news " + id, "updated");
        pages.changed(java.util.stream.Stream.concat(before.stream(), article.related().stream()).toList());
        return article;
    }

    private String keepImage(InputStream image) {
        try {
            FileStore.Received received;
            try {
                received = files.receive(image, AREA, MAX_IMAGE);
            } catch (FileStore.TooLargeException e) {
                throw new Refusal("library", "image-too-large");
            }
            String extension = switch (received.detectedType()) {
                case "image/jpeg" -> "jpg";
                case "image/png" -> "png";
                case "image/webp" -> "webp";
                default -> null;
            };
            if (extension == null || !IMAGES.contains(received.detectedType())) {
                files.discard(received);
                throw new Refusal("library", "not-image");
            }
            // a few kilobytes can declare a picture of billions of pixels, which every reader's browser would decode
            java.util.Optional<org.turath.files.ImageSize> size = org.turath.files.ImageSize.of(received.file());
            if (size.isEmpty() || size.get().pixels() > MAX_PIXELS) {
                files.discard(received);
                throw new Refusal("library", size.isEmpty() ? "not-image" : "image-dimensions");
            }
            return files.keep(received, AREA, extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public Path image(ArticleId id) {
        NewsArticle article = publicArticle(id);
        if (article.image() == null) {
            throw new NotFoundException("image");
        }
        return files.path(AREA, article.image());
    }

    private static String cursorOf(NewsArticle article) {
        return new KeysetCursor.At(article.publishAt(), article.id().value()).encode();
    }
}
