package org.turath.alerts.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.shared.Language;
import org.turath.shared.Localized;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.turath.web.AtomWriting.ATOM;
import static org.turath.web.AtomWriting.XML;
import static org.turath.web.AtomWriting.element;
import static org.turath.web.AtomWriting.link;

/** New alerts as an Atom feed (RFC 4287) in one language; a text missing in it comes in the language it has, marked. */
@Component
class AlertFeed {

    private final MessageSource messages;
    private final String publicUrl;

    AlertFeed(MessageSource messages, @Value("${turath.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String alerts(List<ObjectAlert> alerts, Language language, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", language.tag());
            String home = publicUrl + "/" + language.tag() + "/alerts";
            element(xml, "id", home);
            element(xml, "title", messages.getMessage("alerts.feed.title", null, language.locale()));
            link(xml, "self", home + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", home, "text/html");
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(
                    alerts.stream().map(ObjectAlert::updatedAt).max(Instant::compareTo).orElse(now)));
            xml.writeStartElement("author");
            element(xml, "name", messages.getMessage("learning.mail.signature", null, language.locale()));
            xml.writeEndElement();
            for (ObjectAlert alert : alerts) {
                xml.writeStartElement("entry");
                element(xml, "id", home + "/" + alert.reference());
                String event = messages.getMessage("alerts.event." + alert.event().name(), null, language.locale());
                Localized title = alert.title().resolve(language).orElse(new Localized(alert.reference(), language, false));
                xml.writeStartElement("title");
                if (title.fallback()) {
                    xml.writeAttribute("xml", XML, "lang", title.lang());
                }
                xml.writeCharacters(event + " — " + title.text());
                xml.writeEndElement();
                link(xml, "alternate", home + "/" + alert.reference(), "text/html");
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(alert.publishedAt()));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(alert.updatedAt()));
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", alert.event().name());
                Localized summary = alert.description().resolve(language).orElse(null);
                if (summary != null) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    if (summary.fallback()) {
                        xml.writeAttribute("xml", XML, "lang", summary.lang());
                    }
                    xml.writeCharacters(summary.text());
                    xml.writeEndElement();
                }
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
}
