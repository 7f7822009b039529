package org.turath.fund;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.fund.domain.BudgetLine;
import org.turath.fund.domain.Criterion;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.Milestone;
import org.turath.fund.internal.CallDesk;
import org.turath.fund.internal.RequestDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Calls, people and requests for the Support Fund's tests. */
@org.springframework.boot.test.context.TestComponent
@org.springframework.context.annotation.Scope(org.springframework.beans.factory.config.ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class FundFixture {

    public static final String PASSWORD = "a fund for the heritage";
    public static final Actor SECRETARIAT = new Actor("fund.secretariat@example.org", Set.of(Role.SECRETARIAT), Set.of());

    @Autowired
    CallDesk calls;

    @Autowired
    RequestDesk requests;

    @Autowired
    AccountsApi accounts;

    @Autowired
    org.turath.fund.internal.ReviewDesk review;

    /** An open call in US dollars (at most 100,000) with two criteria weighing 60 and 40. */
    public FundCall openCall() {
        String reference = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LocalDate today = calls.today();
        return calls.create(SECRETARIAT, Optional.empty(), new FundCall.Details(reference,
                new LocalizedText("دعوة " + reference, "Call " + reference, "Appel " + reference), LocalizedText.empty(),
                today.minusDays(1), today.plusDays(30), "USD", new BigDecimal("100000"), null, EnumSet.allOf(ProjectKind.class),
                List.of(new Criterion(new LocalizedText(null, "Heritage value", "Valeur patrimoniale"), 60),
                        new Criterion(new LocalizedText(null, "Feasibility", "Faisabilité"), 40))));
    }

    /** A person with an account. */
    public Actor person(String prefix, Language language, Set<Role> roles, Set<String> states) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(email, prefix, PASSWORD, language, "Organisation", roles, states);
        return new Actor(email, roles, states);
    }

    /** What a complete request of 40,000 says: a budget of 50,000 with 10,000 co-funded, two milestones of 15,000 and 25,000. */
    public FundRequest.Content complete(String title) {
        LocalDate today = calls.today();
        return new FundRequest.Content(ProjectKind.CONSERVATION, "Ministère de la Culture", new LocalizedText(null, null, title),
                new LocalizedText(null, null, "Consolider les remparts."), new LocalizedText(null, null, "Relevé, puis travaux."),
                new BigDecimal("40000"),
                List.of(new BudgetLine("Relevé", new BigDecimal("20000"), new BigDecimal("10000"), "Ministère"),
                        new BudgetLine("Travaux", new BigDecimal("30000"), null, null)),
                List.of(new Milestone("Relevé", today.plusMonths(3), new BigDecimal("15000")),
                        new Milestone("Travaux", today.plusMonths(9), new BigDecimal("25000"))));
    }

    /** A request opened, completed with a document and submitted by {@code focal}. */
    public FundRequest submitted(Actor focal, FundCall call, String item, String title) {
        FundRequest request = requests.open(focal, Optional.empty(), call.id(), null, item, complete(title));
        request = requests.attach(focal, request.id(), request.version(), new ByteArrayInputStream(pdf()), "plan.pdf");
        FundRequest current = requests.request(focal, request.id());
        return requests.submit(focal, current.id(), current.version());
    }

    /** A request taken to a grant by two experts, with its grant agreement, its first milestone reached and its tranche paid. */
    public FundRequest granted(Actor focal, FundCall call, String item, String title) {
        FundRequest request = submitted(focal, call, item, title);
        review.checkEligibility(SECRETARIAT, request.id(), version(request), true, null);
        Actor first = person("expert.a", Language.EN, Set.of(Role.EVALUATOR), Set.of());
        Actor second = person("expert.b", Language.FR, Set.of(Role.EVALUATOR), Set.of());
        review.assign(SECRETARIAT, request.id(), List.of(first.email(), second.email()), review.today().plusDays(10));
        for (Actor expert : List.of(first, second)) {
            review.declare(expert, request.id(), false, null);
            review.score(expert, request.id(), List.of(new org.turath.fund.domain.Score(8, "Strong value"),
                    new org.turath.fund.domain.Score(7, "Sound plan")), "Recommended.");
        }
        review.decide(SECRETARIAT, request.id(), version(request), new BigDecimal("40000"), "Granted.");
        review.attachGrant(SECRETARIAT, request.id(), version(request), new ByteArrayInputStream(pdf()), "grant.pdf");
        requests.reach(focal, request.id(), version(request), 0, review.today(), "Survey done.");
        return review.pay(SECRETARIAT, request.id(), version(request), 0, new BigDecimal("15000"), review.today());
    }

    public RequestDesk requests() {
        return requests;
    }

    public long version(FundRequest request) {
        return requests.request(SECRETARIAT, request.id()).version();
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
