package org.turath.risk.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.risk.domain.EventSource;
import org.turath.risk.domain.QudsEvent;
import org.turath.risk.domain.QudsEvents;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's observatory timeline (profile {@code demo}, on a first start): only documented facts, each with its public
 * source — the fire at Al-Aqsa Mosque in 1969 (condemned by the Security Council's resolution 271), the inscription of
 * the Old City and its Walls on the World Heritage List in 1981 and on the List in Danger in 1982. Written by the demo's
 * secretariat, checked by its expert, published.
 */
@Component
@Profile("demo")
@Order(47)
class DemoQuds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQuds.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());
    private static final Actor EXPERT = new Actor("expert@demo.turath.invalid", Set.of(Role.EVALUATOR), Set.of());

    private final QudsDesk desk;
    private final QudsEvents events;

    DemoQuds(QudsDesk desk, QudsEvents events) {
        this.desk = desk;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || events.count() > 0) {
            return;
        }
        published(new QudsEvent.Content(LocalDate.of(1969, 8, 21), QudsEvent.Precision.DAY, "al-aqsa", LocalizedText.empty(),
                QudsEvent.Kind.FIRE,
                new LocalizedText("إحراق المسجد الأقصى", "Arson at Al-Aqsa Mosque", "Incendie criminel de la mosquée Al-Aqsa"),
                new LocalizedText("أتى حريق أُضرم عمدًا في المسجد الأقصى على منبر صلاح الدين وألحق أضرارًا بالجزء الجنوبي الشرقي من المسجد.",
                        "A fire set on purpose in Al-Aqsa Mosque destroyed the minbar of Salah al-Din and damaged the south-eastern part of the mosque.",
                        "Un incendie allumé volontairement dans la mosquée Al-Aqsa détruisit le minbar de Salah al-Din et endommagea la partie sud-est de la mosquée."),
                List.of(new EventSource("United Nations Security Council, resolution 271 (1969)", LocalDate.of(1969, 9, 15), null))));
        published(new QudsEvent.Content(LocalDate.of(1981, 1, 1), QudsEvent.Precision.YEAR, null,
                new LocalizedText("البلدة القديمة وأسوارها", "The Old City and its Walls", "La Vieille Ville et ses remparts"), QudsEvent.Kind.LISTING,
                new LocalizedText("إدراج البلدة القديمة وأسوارها في قائمة التراث العالمي", "The Old City and its Walls inscribed on the World Heritage List",
                        "La Vieille Ville et ses remparts inscrits sur la Liste du patrimoine mondial"),
                new LocalizedText("أدرجت لجنة التراث العالمي مدينة القدس القديمة وأسوارها في قائمة التراث العالمي.",
                        "The World Heritage Committee inscribed the Old City of Jerusalem and its Walls on the World Heritage List.",
                        "Le Comité du patrimoine mondial inscrivit la Vieille Ville de Jérusalem et ses remparts sur la Liste du patrimoine mondial."),
                List.of(new EventSource("UNESCO World Heritage Committee, 5th session (Sydney, 26–30 October 1981)", LocalDate.of(1981, 10, 30),
                        null))));
        published(new QudsEvent.Content(LocalDate.of(1982, 1, 1), QudsEvent.Precision.YEAR, null,
                new LocalizedText("البلدة القديمة وأسوارها", "The Old City and its Walls", "La Vieille Ville et ses remparts"), QudsEvent.Kind.LISTING,
                new LocalizedText("إدراجها في قائمة التراث العالمي المعرض للخطر", "Inscribed on the List of World Heritage in Danger",
                        "Inscription sur la Liste du patrimoine mondial en péril"),
                new LocalizedText("أدرجت لجنة التراث العالمي مدينة القدس القديمة وأسوارها في قائمة التراث العالمي المعرض للخطر، وما زالت فيها.",
                        "The World Heritage Committee inscribed the Old City of Jerusalem and its Walls on the List of World Heritage in Danger, where it remains.",
                        "Le Comité du patrimoine mondial inscrivit la Vieille Ville de Jérusalem et ses remparts sur la Liste du patrimoine mondial en péril, où elle demeure."),
                List.of(new EventSource("UNESCO World Heritage Committee, 6th session (Paris, 13–17 December 1982)", LocalDate.of(1982, 12, 17),
                        null))));
        log.info("Demo Al-Quds observatory timeline created (documented facts with their sources)");
    }

    private void published(QudsEvent.Content content) {
        QudsEvent entry = desk.create(SECRETARIAT, Optional.empty(), content);
        desk.submit(SECRETARIAT, entry.id(), version(entry));
        desk.verify(EXPERT, entry.id(), version(entry), null);
        desk.publish(SECRETARIAT, entry.id(), version(entry));
    }

    private long version(QudsEvent entry) {
        return events.findById(entry.id().value()).orElseThrow().version();
    }
}
