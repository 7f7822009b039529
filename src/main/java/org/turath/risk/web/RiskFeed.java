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
import org.turath.web.AtomWriting;


import static org.turath.web.AtomWriting.element;
import static org.turath.web.AtomWriting.link;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Published reports as an Atom feed (RFC 4287) per language, filtered as the list is ({@code ?state=SY}, {@code ?item=IWH-0042}…):
 * a reader can follow an item, a state or a factor.
 */
@RestController
class RiskFeed {

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
        String home = publicUrl + "/" + lang.tag() + "/heritage-at-risk";
        String suffix = query.isEmpty() ? "" : "?" + query;
        return AtomWriting.feed(new AtomWriting.Head(lang.tag(), home + "/feed.atom" + suffix,
                messages.getMessage("risk.feed.title", null, lang.locale()), home + "/feed.atom" + suffix, home + suffix,
                reports.stream().map(RiskReport::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH),
                messages.getMessage("risk.feed.author", null, lang.locale())), xml -> {
            for (int i = 0; i < reports.size(); i++) {
                RiskReport report = reports.get(i);
                RiskViews.Card card = cards.get(i);
                if (!card.listed()) {
                    continue;
                }
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + report.id());
                AtomWriting.localized(xml, "title", new Localized(messages.getMessage("risk.feed.entry", new Object[]{card.itemName().text(),
                        card.conditionLabel(), report.assessedOn().toString()}, lang.locale()), card.itemName().language(),
                        card.itemName().fallback()), null);
                link(xml, "alternate", home + "/reports/" + report.id(), "text/html");
                element(xml, "published", AtomWriting.instant(report.publishedAt()));
                element(xml, "updated", AtomWriting.instant(report.updatedAt()));
                for (String cause : card.causes()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", cause);
                }
                Optional<Localized> summary = report.summary().resolve(lang);
                if (summary.isPresent()) {
                    AtomWriting.localized(xml, "summary", summary.get(), "text");
                }
                xml.writeEndElement();
            }
        });
    }
}
