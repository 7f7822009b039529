package org.turath.library.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.library.domain.NewsArticle;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.web.AtomWriting;


import static org.turath.web.AtomWriting.element;
import static org.turath.web.AtomWriting.link;
import java.time.Instant;
import java.util.List;

/** The news as an Atom feed (RFC 4287) in one language; an article without text in it comes in the language it has, marked. */
@Component
class AtomFeed {

    private final MessageSource messages;
    private final String publicUrl;

    private final org.turath.topics.Topics topics;

    AtomFeed(MessageSource messages, @Value("${turath.public-url}") String publicUrl, org.turath.topics.Topics topics) {
        this.topics = topics;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String news(List<NewsArticle> articles, Language language, Instant now) {
        String home = publicUrl + "/" + language.tag() + "/news";
        Instant updated = articles.stream().map(a -> a.updatedAt().isAfter(a.publishAt()) ? a.updatedAt() : a.publishAt())
                .max(Instant::compareTo).orElse(now);
        return AtomWriting.feed(new AtomWriting.Head(language.tag(), home, messages.getMessage("news.feed.title", null, language.locale()),
                home + "/feed.atom", home, updated, messages.getMessage("learning.mail.signature", null, language.locale())), xml -> {
            for (NewsArticle article : articles) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + article.id());
                AtomWriting.localized(xml, "title", article.title().resolve(language).orElseThrow(), null);
                link(xml, "alternate", home + "/" + article.id(), "text/html");
                element(xml, "published", AtomWriting.instant(article.publishAt()));
                element(xml, "updated", AtomWriting.instant(article.updatedAt().isAfter(article.publishAt()) ? article.updatedAt()
                        : article.publishAt()));
                for (String tag : article.tags()) {
                    // the topic's code as the term, its name in the feed's language as the label
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                    xml.writeAttribute("label", topics.find(tag).map(topic -> topic.label(language)).orElse(tag));
                }
                var lead = article.lead().resolve(language);
                if (lead.isPresent()) {
                    AtomWriting.localized(xml, "summary", lead.get(), "text");
                }
                var body = article.body().resolve(language);
                if (body.isPresent()) {
                    AtomWriting.localized(xml, "content", new Localized(body.get().html().html(), body.get().language(), body.get().fallback()),
                            "html");
                }
                xml.writeEndElement();
            }
        });
    }
}
