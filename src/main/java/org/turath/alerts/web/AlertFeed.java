package org.turath.alerts.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.web.AtomWriting;

import java.time.Instant;
import java.util.List;

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
        String home = publicUrl + "/" + language.tag() + "/alerts";
        return AtomWriting.feed(new AtomWriting.Head(language.tag(), home, messages.getMessage("alerts.feed.title", null, language.locale()),
                home + "/feed.atom", home, alerts.stream().map(ObjectAlert::updatedAt).max(Instant::compareTo).orElse(now),
                messages.getMessage("learning.mail.signature", null, language.locale())), xml -> {
            for (ObjectAlert alert : alerts) {
                xml.writeStartElement("entry");
                element(xml, "id", home + "/" + alert.reference());
                String event = messages.getMessage("alerts.event." + alert.event().name(), null, language.locale());
                Localized title = alert.title().resolve(language).orElse(new Localized(alert.reference(), language, false));
                AtomWriting.localized(xml, "title", new Localized(event + " — " + title.text(), title.language(), title.fallback()), null);
                link(xml, "alternate", home + "/" + alert.reference(), "text/html");
                element(xml, "published", AtomWriting.instant(alert.publishedAt()));
                element(xml, "updated", AtomWriting.instant(alert.updatedAt()));
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", alert.event().name());
                Localized summary = alert.description().resolve(language).orElse(null);
                if (summary != null) {
                    AtomWriting.localized(xml, "summary", summary, "text");
                }
                xml.writeEndElement();
            }
        });
    }
}
