package org.turath.registry.internal.editing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.nominations.NominationInscribed;
import org.turath.registry.HeritageItemChanged;
import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageStatus;
import org.turath.registry.domain.ComponentDraft;
import org.turath.registry.domain.CriteriaCatalogue;
import org.turath.registry.domain.Criterion;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.ItemContent;
import org.turath.registry.domain.StatusEntry;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Committee inscribed a nomination: the property goes on the public List, published, with the
 * decision as its first status entry. Runs in the decision's transaction: both commit or neither.
 */
@Component
class Inscriptions {

    private final HeritageItems items;
    private final CriteriaCatalogue criteria;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Inscriptions(HeritageItems items, CriteriaCatalogue criteria, ApplicationEventPublisher events, AuditLog audit,
                 Optional<Clock> clock) {
        this.items = items;
        this.criteria = criteria;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void inscribe(NominationInscribed inscribed) {
        Instant now = clock.instant();
        HeritageKind kind = switch (inscribed.kind()) {
            case CULTURAL -> HeritageKind.TANGIBLE_CULTURAL;
            case NATURAL -> HeritageKind.NATURAL;
            case MIXED -> HeritageKind.MIXED;
            case INTANGIBLE -> HeritageKind.INTANGIBLE;
            case UNDERWATER -> HeritageKind.UNDERWATER;
            case INDUSTRIAL -> HeritageKind.INDUSTRIAL;
        };
        Set<Criterion> met = new LinkedHashSet<>();
        String set = kind == HeritageKind.INTANGIBLE ? "IWH_INTANGIBLE" : "IWH_TANGIBLE";
        for (String code : inscribed.criteria()) {
            criteria.findBySetCodeAndCode(set, code).or(() -> criteria.findBySetCodeAndCode("UNESCO", code)).ifPresent(met::add);
        }
        // the dossier's sections are plain text typed by a focal point: escaped into paragraphs, never taken as markup
        ItemContent content = new ItemContent(kind, inscribed.name(), RichText.fromPlain(inscribed.description()),
                RichText.fromPlain(inscribed.justification()),
                LocalizedText.empty(), inscribed.states(), Set.of(), met, inscribed.latitude(), inscribed.longitude(),
                inscribed.areaHectares(), inscribed.decidedOn().getYear(), null, null);
        HeritageItem item = new HeritageItem("IWH-%04d".formatted(items.nextReferenceNumber()), content, now);
        item.replaceComponents(inscribed.components().stream()
                .map(p -> new ComponentDraft(p.name(), p.latitude(), p.longitude(), p.areaHectares())).toList(), now);
        item.recordStatusHistory(List.of(new StatusEntry(HeritageStatus.INSCRIBED, inscribed.decidedOn(), false,
                LocalizedText.empty(), inscribed.decisionReference())), now);
        items.save(item);
        audit.recordBy(inscribed.decidedBy(), AuditType.ITEM_CREATED, item.reference(),
                inscribed.decisionReference() + " (" + inscribed.fileReference() + ")");
        events.publishEvent(new HeritageItemChanged(item.toDetail()));
    }
}
