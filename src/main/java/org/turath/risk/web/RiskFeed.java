package org.turath.risk.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.risk.internal.RiskDesk;
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
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Published reports as an Atom feed (RFC 4287) per language, filtered as the list is ({@code ?state=SY}, {@code ?item=IWH-0042}…):
 * a reader can follow an item, a state or a factor.
 */
@RestController
class RiskFeed {

    private static final String ATOM = org.turath.web.AtomWriting.ATOM;
    private static final String XML = org.turath.web.AtomWriting.XML;
    private static final int ENTRIES = 50;

    private final RiskDesk desk;
    private final RiskViews views;
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final String publicUrl;

    RiskFeed(RiskDesk desk, RiskViews views, Vocabularies vocabularies, MessageSource messages,
             @Value("${turath.public-url}") String publicUrl) {
        this.desk = desk;
        this.views = views;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping(path = "/" + LANG + "/heritage-at-risk/feed.atom")
    ResponseEntity<String> feed(@PathVariable Language lang, @ModelAttribute RiskParameters parameters) {
        List<RiskReport> reports = desk.published(parameters.filter(vocabularies), Optional.empty(), ENTRIES).items();
        List<RiskViews.Card> cards = views.cards(reports, lang);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(write(reports, cards, lang, parameters.query()));
    }

    private String write(List<RiskReport> reports, List<RiskViews.Card> cards, Language lang, String query) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML, "lang", lang.tag());
            String home = publicUrl + "/" + lang.tag() + "/heritage-at-risk";
            String suffix = query.isEmpty() ? "" : "?" + query;
            element(xml, "id", home + "/feed.atom" + suffix);
            element(xml, "title", messages.getMessage("risk.feed.title", null, lang.locale()));
            link(xml, "self", home + "/feed.atom" + suffix, "application/atom+xml");
            link(xml, "alternate", home + suffix, "text/html");
            Instant updated = reports.stream().map(RiskReport::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            xml.writeStartElement("author");
            element(xml, "name", messages.getMessage("risk.feed.author", null, lang.locale()));
            xml.writeEndElement();
            for (int i = 0; i < reports.size(); i++) {
                RiskReport report = reports.get(i);
                RiskViews.Card card = cards.get(i);
                if (!card.listed()) {
                    continue;
                }
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + report.id());
                xml.writeStartElement("title");
                if (card.itemName().fallback()) {
                    xml.writeAttribute("xml", XML, "lang", card.itemName().lang());
                }
                xml.writeCharacters(messages.getMessage("risk.feed.entry", new Object[]{card.itemName().text(), card.conditionLabel(),
                        report.assessedOn().toString()}, lang.locale()));
                xml.writeEndElement();
                link(xml, "alternate", home + "/reports/" + report.id(), "text/html");
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(report.publishedAt()));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(report.updatedAt()));
                for (String cause : card.causes()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", cause);
                }
                Optional<Localized> summary = report.summary().resolve(lang);
                if (summary.isPresent()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    if (summary.get().fallback()) {
                        xml.writeAttribute("xml", XML, "lang", summary.get().lang());
                    }
                    xml.writeCharacters(summary.get().text());
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
