package org.turath.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.RichText;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A news article in up to three languages, shown from its publication time once it is marked ready. */
@Entity
@Table(name = "news_article")
public class NewsArticle extends Recorded {

    /** What the secretariat writes. */
    public record Draft(LocalizedText title, LocalizedText lead, RichText body, LocalizedText imageAlt, List<String> tags,
                        List<String> related, Instant publishAt, boolean ready) {
    }

    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText lead;
    @Embedded
    private RichText body;
    private String image;
    @Embedded
    private LocalizedText imageAlt;
    private String tags;
    private String related;
    @Column(name = "publish_at")
    private Instant publishAt;
    private boolean ready;

    protected NewsArticle() {
    }

    public NewsArticle(Draft draft, String by, Instant at) {
        super(by, at);
        apply(draft, at);
    }

    public void apply(Draft draft, Instant at) {
        this.title = draft.title();
        this.lead = LocalizedText.orEmpty(draft.lead());
        this.body = RichText.orEmpty(draft.body());
        this.imageAlt = LocalizedText.orEmpty(draft.imageAlt());
        this.tags = draft.tags().isEmpty() ? null : String.join(",", draft.tags());
        this.related = draft.related().isEmpty() ? null : String.join(",", draft.related());
        this.publishAt = draft.publishAt();
        this.ready = draft.ready();
        changed(at);
    }

    public void image(String storedName) {
        this.image = storedName;
    }

    public Draft draft() {
        return new Draft(title, lead(), body(), imageAlt(), tags(), related(), publishAt, ready);
    }

    /** Readers see it: marked ready and its time has come. */
    public boolean visibleAt(Instant now) {
        return ready && !publishAt.isAfter(now);
    }

    public org.turath.library.ArticleId id() {
        return new org.turath.library.ArticleId(uuid());
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText lead() {
        return LocalizedText.orEmpty(lead);
    }

    public RichText body() {
        return RichText.orEmpty(body);
    }

    public String image() {
        return image;
    }

    public LocalizedText imageAlt() {
        return LocalizedText.orEmpty(imageAlt);
    }

    public List<String> tags() {
        return split(tags);
    }

    public List<String> related() {
        return split(related);
    }

    public Instant publishAt() {
        return publishAt;
    }

    public boolean ready() {
        return ready;
    }



    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
