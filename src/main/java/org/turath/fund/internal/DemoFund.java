package org.turath.fund.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.fund.ProjectKind;
import org.turath.fund.domain.Criterion;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundCalls;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The demo's Support Fund (profile {@code demo}, on a first start): one call for proposals, open now and marked as a
 * demonstration — the centre's texts say the fund exists, not what its calls ask or pay, so nothing here claims to be
 * one of its real calls, and no funded project is invented.
 */
@Component
@Profile("demo")
@Order(48)
class DemoFund implements ApplicationRunner {

    private final FundCalls calls;
    private final Clock clock;

    DemoFund(FundCalls calls, Optional<Clock> clock) {
        this.calls = calls;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || calls.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<Criterion> criteria = List.of(
                new Criterion(new LocalizedText("قيمة التراث والحاجة إلى التدخل", "Heritage value and need", "Valeur patrimoniale et besoin"), 30),
                new Criterion(new LocalizedText("جودة خطة العمل وجدواها", "Quality and feasibility of the work plan",
                        "Qualité et faisabilité du plan de travail"), 25),
                new Criterion(new LocalizedText("الاستدامة ومشاركة المجتمع المحلي", "Sustainability and community involvement",
                        "Durabilité et participation de la communauté"), 25),
                new Criterion(new LocalizedText("الميزانية والتمويل المشترك", "Budget and co-funding", "Budget et cofinancement"), 20));
        FundCall.Details details = new FundCall.Details("DEMO-" + today.getYear(),
                new LocalizedText("دعوة تجريبية لتقديم مقترحات مشاريع التراث", "Demonstration call for heritage project proposals",
                        "Appel à propositions de démonstration pour des projets patrimoniaux"),
                new LocalizedText("""
                        هذه دعوة تجريبية لعرض طريقة عمل الصندوق، وليست دعوة حقيقية.
                        يقدم الطلبَ منسقُ الدولة العضو (أو مؤسسة يدعوها) لمشروع يخص عنصرًا من قائمة التراث أو من القائمة التمهيدية.
                        يُبيّن الطلب الأهداف وخطة العمل بمراحلها والميزانية والتمويل المشترك، ويُرفق المستندات بصيغة PDF.""",
                        """
                        This is a demonstration call that shows how the fund works; it is not a real call.
                        A member state's focal point (or an institution they invite) applies for a project on an item of the List or of a tentative list.
                        The request gives the objectives, the work plan with its milestones, the budget and its co-funding, and its documents as PDF files.""",
                        """
                        Ceci est un appel de démonstration qui montre le fonctionnement du fonds ; ce n’est pas un appel réel.
                        Le point focal d’un État membre (ou une institution qu’il invite) demande l’appui d’un projet sur un élément de la Liste ou d’une liste indicative.
                        La demande expose les objectifs, le plan de travail et ses étapes, le budget et son cofinancement, et joint ses documents en PDF."""),
                today.minusDays(10), today.plusDays(80), "USD", new BigDecimal("100000"), null,
                EnumSet.complementOf(EnumSet.of(ProjectKind.EMERGENCY_STABILISATION)), criteria);
        calls.save(new FundCall(details, true, "secretariat@demo.turath.invalid", Instant.now(clock)));
    }
}
