package org.turath.library.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.library.domain.NewsArticle;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static org.turath.web.AtomWriting.element;
import static org.turath.web.AtomWriting.link;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The news as an Atom feed (RFC 4287) in one language; an article without text in it comes in the language it has, marked. */
@Component
class AtomFeed {

    private static final String ATOM = org.turath.web.AtomWriting.ATOM;
    private static final String XML = org.turath.web.AtomWriting.XML;

    private final MessageSource messages;
    private final String publicUrl;

    AtomFeed(MessageSource messages, @Value("${turath.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String news(List<NewsArticle> articles, Language language, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", language.tag());
            String home = publicUrl + "/" + language.tag() + "/news";
            element(xml, "id", home);
            element(xml, "title", messages.getMessage("news.feed.title", null, language.locale()));
            link(xml, "self", home + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", home, "text/html");
            Instant updated = articles.stream().map(a -> a.updatedAt().isAfter(a.publishAt()) ? a.updatedAt() : a.publishAt())
                    .max(Instant::compareTo).orElse(now);
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            xml.writeStartElement("author");
            element(xml, "name", messages.getMessage("learning.mail.signature", null, language.locale()));
            xml.writeEndElement();
            for (NewsArticle article : articles) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + article.id());
                Localized title = article.title().resolve(language).orElseThrow();
                xml.writeStartElement("title");
                if (title.fallback()) {
                    xml.writeAttribute("xml", XML, "lang", title.lang());
                }
                xml.writeCharacters(title.text());
                xml.writeEndElement();
                link(xml, "alternate", home + "/" + article.id(), "text/html");
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(article.publishAt()));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(
                        article.updatedAt().isAfter(article.publishAt()) ? article.updatedAt() : article.publishAt()));
                for (String tag : article.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                article.lead().resolve(language).ifPresent(lead -> text(xml, "summary", lead, "text"));
                article.body().resolve(language).ifPresent(body -> text(xml, "content", new Localized(body.html().html(), body.language(), body.fallback()), "html"));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, Localized text, String type) {
        try {
            xml.writeStartElement(name);
            xml.writeAttribute("type", type);
            if (text.fallback()) {
                xml.writeAttribute("xml", XML, "lang", text.lang());
            }
            xml.writeCharacters(text.text());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
