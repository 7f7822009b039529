package org.turath.risk.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.risk.ReportChanged;
import org.turath.risk.ReportStatus;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells the rest of the portal what the public may read of a report when it is published or taken back
 * ({@link ReportChanged}, inside the transaction), with its item's name and its vocabularies' labels in three languages.
 */
@Component
public class ReportAnnouncements {

    private final Vocabularies vocabularies;
    private final RegistryApi registry;
    private final ApplicationEventPublisher events;

    ReportAnnouncements(Vocabularies vocabularies, RegistryApi registry, ApplicationEventPublisher events) {
        this.vocabularies = vocabularies;
        this.registry = registry;
        this.events = events;
    }

    void changed(RiskReport report) {
        events.publishEvent(view(report));
    }

    /** What the public reads of the report, as the event carries it. */
    public ReportChanged view(RiskReport report) {
        LocalizedText itemName = registry.summaries(List.of(report.itemReference())).stream().findFirst().map(HeritageSummary::name)
                .orElse(new LocalizedText(null, report.itemReference(), null));
        return new ReportChanged(report.id().value(), report.status() == ReportStatus.PUBLISHED, report.itemReference(), itemName,
                report.state(), report.assessedOn(), label(Vocabulary.ASSESSMENT, report.assessment()),
                label(Vocabulary.CONDITION, report.condition()), label(Vocabulary.EXTENT, report.extent()),
                report.causes().stream().map(cause -> texts(language -> vocabularies.factorLabel(cause.factor(), language))).toList(),
                report.summary(), report.action(), report.demonstration());
    }

    private LocalizedText label(Vocabulary vocabulary, String code) {
        return code == null ? LocalizedText.empty() : texts(language -> vocabularies.label(vocabulary, code, language));
    }

    private static LocalizedText texts(Function<Language, String> text) {
        Map<Language, String> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, text.apply(language));
        }
        return new LocalizedText(all.get(Language.AR), all.get(Language.EN), all.get(Language.FR));
    }
}
