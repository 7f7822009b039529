package org.turath.nominations;

import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationFileId;
import org.turath.shared.Refusal;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.nominations.domain.Completeness;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.internal.IncompleteDossierException;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.StaleFileException;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.support.Http;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nomination workflow through the desk that the pages use: every command against every status
 * and every kind of person, the checks at submission, the experts' rules, and the Committee's
 * decisions — including two people deciding the same file at once.
 */
@IntegrationTest
class NominationWorkflowTests {

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entities;

    @Autowired
    RegistryFixture registry;

    @Autowired
    org.turath.registry.RegistryApi list;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    NominationFixture people;

    @BeforeEach
    void people() {
        people = fixtures.getObject();
    }

    private enum Persona { FOCAL_POINT_OF_THE_STATE, FOCAL_POINT_OF_THE_CO_STATE, FOCAL_POINT_ELSEWHERE, SECRETARIAT,
        ASSIGNED_EVALUATOR, OTHER_EVALUATOR, SESSION_MEMBER, OTHER_MEMBER, ADMIN, EDITOR, MUSEUM_CURATOR }

    @Test
    void everyCommandSucceedsExactlyForTheStatusesAndPeopleTheRulesGiveIt() {
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        Map<Persona, Actor> actors = new EnumMap<>(Persona.class);
        actors.put(Persona.FOCAL_POINT_OF_THE_STATE, people.focalMorocco);
        actors.put(Persona.FOCAL_POINT_OF_THE_CO_STATE, people.focalJordan);
        actors.put(Persona.FOCAL_POINT_ELSEWHERE, people.focalEgypt);
        actors.put(Persona.SECRETARIAT, people.secretariat);
        actors.put(Persona.ASSIGNED_EVALUATOR, people.evaluator);
        actors.put(Persona.OTHER_EVALUATOR, people.otherEvaluator);
        actors.put(Persona.SESSION_MEMBER, people.member);
        actors.put(Persona.OTHER_MEMBER, people.otherMember);
        actors.put(Persona.ADMIN, people.person("admin", Set.of(Role.ADMIN), Set.of()));
        actors.put(Persona.EDITOR, people.person("editor", Set.of(Role.EDITOR), Set.of()));
        actors.put(Persona.MUSEUM_CURATOR, people.person("curator", Set.of(Role.MUSEUM_CURATOR), Set.of("MA")));

        Map<NominationStatus, NominationFileId> files = new EnumMap<>(NominationStatus.class);
        for (NominationStatus status : NominationStatus.values()) {
            files.put(status, people.fileIn(status, session));
        }

        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        for (NominationStatus status : NominationStatus.values()) {
            for (NominationCommand command : NominationCommand.values()) {
                for (Persona persona : Persona.values()) {
                    boolean expected = expected(command, status, persona);
                    String outcome = attempt(command, files.get(status), actors.get(persona), session);
                    boolean succeeded = outcome.equals("done");
                    if (succeeded != expected) {
                        wrong.add(command + " on " + status + " by " + persona + ": expected "
                                + (expected ? "done" : "refused") + ", was " + outcome);
                    }
                    if (expected) {
                        allowed++;
                    } else {
                        refused++;
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        // 9 statuses × 10 commands × 11 kinds of person
        assertThat(allowed + refused).isEqualTo(990);
        // two focal points × 11, the secretariat 15, the assigned expert 1, the session's member 1
        assertThat(allowed).isEqualTo(39);
        // the attempts were rolled back: every file is still where the fixture left it
        files.forEach((status, id) -> assertThat(jdbc.queryForObject("select status from nomination_file where id = ?",
                String.class, id.value())).isEqualTo(status == NominationStatus.DECIDED ? "DECIDED" : status.name()));
    }

    /** The rules, stated independently of the code that enforces them. */
    private static boolean expected(NominationCommand command, NominationStatus status, Persona persona) {
        if (!command.startsFrom(status)) {
            return false;
        }
        boolean assigned = Set.of(NominationStatus.UNDER_EVALUATION, NominationStatus.EVALUATED, NominationStatus.SCHEDULED,
                NominationStatus.DECIDED).contains(status);
        boolean onAgenda = status == NominationStatus.SCHEDULED || status == NominationStatus.DECIDED;
        return switch (persona) {
            case FOCAL_POINT_OF_THE_STATE, FOCAL_POINT_OF_THE_CO_STATE -> Set.of(NominationCommand.SUBMIT,
                    NominationCommand.ROLL_OVER, NominationCommand.WITHDRAW).contains(command);
            case SECRETARIAT -> Set.of(NominationCommand.RETURN, NominationCommand.ACCEPT, NominationCommand.EXTEND,
                    NominationCommand.ASSIGN, NominationCommand.SCHEDULE, NominationCommand.DECIDE,
                    NominationCommand.WITHDRAW).contains(command);
            case ASSIGNED_EVALUATOR -> assigned && command == NominationCommand.EVALUATE;
            case SESSION_MEMBER -> onAgenda && command == NominationCommand.DECIDE;
            default -> false;
        };
    }

    /** Gives the command in a transaction that is always rolled back; "done" when it added a step to the timeline. */
    private String attempt(NominationCommand command, NominationFileId id, Actor actor, CommitteeSessionId session) {
        try {
            return transactions.execute(tx -> {
                tx.setRollbackOnly();
                int before = entities.find(NominationFile.class, id.value()).steps().size();
                long version = entities.find(NominationFile.class, id.value()).version();
                switch (command) {
                    case SUBMIT -> desk.submit(actor, id);
                    case ROLL_OVER -> desk.rollOver(actor, id);
                    case RETURN -> people.review.returnToState(actor, id, Map.of("history", "More on the 12th century."), "Fix history");
                    case ACCEPT -> people.review.accept(actor, id, "complete");
                    case EXTEND -> people.review.extend(actor, id, LocalDate.now().plusDays(10));
                    case ASSIGN -> people.review.assign(actor, id, List.of(people.otherEvaluator.email()), LocalDate.now().plusDays(20));
                    case EVALUATE -> {
                        people.review.declare(actor, id, false, "none");
                        people.review.evaluate(actor, id, List.of("i"), "Convincing.", Outcome.INSCRIBE);
                    }
                    case SCHEDULE -> people.committee.schedule(actor, id, session);
                    case DECIDE -> people.committee.decide(actor, id, version, Outcome.INSCRIBE, LocalizedText.empty());
                    case WITHDRAW -> desk.withdraw(actor, id, "withdrawn");
                }
                entities.flush();
                return entities.find(NominationFile.class, id.value()).steps().size() > before ? "done" : "no step";
            });
        } catch (NotFoundException e) {
            return "not found";
        } catch (NotAllowedException e) {
            return "not allowed";
        } catch (Refusal e) {
            return "refused: " + e.code();
        } catch (org.turath.nominations.domain.NominationStateException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void submittingFreezesAVersionGivesAReferenceAndAReceiptAndASecondSubmitChangesNothing() {
        NominationFileId id = people.completeDraft("Ksar of Receipts");
        NominationDesk.Submitted first = desk.submit(people.focalMorocco, id);
        NominationDesk.Submitted second = desk.submit(people.focalJordan, id);

        assertThat(first.reference()).matches("IWHN-\\d{4}-\\d{3}");
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.already()).isTrue();
        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(jdbc.queryForObject("select count(*) from nomination_version where file_id = ?", Integer.class, id.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?", Integer.class,
                people.focalMorocco.email(), "%" + first.reference() + "%")).isEqualTo(1);
        assertThat(desk.version(people.secretariat, id, 1).orElseThrow().texts())
                .containsEntry("description.description.en", "Text of description");
    }

    @Test
    void anIncompleteDossierIsRefusedWithExactlyWhatIsMissing() {
        NominationFileId id = desk.create(people.focalMorocco, Optional.empty(), "MA", Set.of(), NominationKind.INTANGIBLE, false,
                new LocalizedText(null, "Art of the Gnawa", null));
        var section = org.turath.nominations.domain.DossierForm.section(NominationKind.INTANGIBLE, "communities").orElseThrow();
        desk.fill(people.focalMorocco, id, desk.open(people.focalMorocco, id).file().version(), "communities",
                Map.of("communities.communities.fr", "Les maâlems", "communities.location.en", "Essaouira"));

        assertThatThrownBy(() -> desk.submit(people.focalMorocco, id))
                .isInstanceOfSatisfying(IncompleteDossierException.class, e -> assertThat(e.missing()).containsExactly(
                        new Completeness.Missing("identification", "coordinates"),
                        new Completeness.Missing("identification", "summary"),
                        new Completeness.Missing("description", "description"),
                        new Completeness.Missing("domains", "domains"),
                        new Completeness.Missing("safeguarding", "viability"),
                        new Completeness.Missing("safeguarding", "measures"),
                        new Completeness.Missing("consent", "participation"),
                        new Completeness.Missing("consent", "consent"),
                        new Completeness.Missing("inventory", "inventory"),
                        new Completeness.Missing("inventory", "inventoryReference"),
                        new Completeness.Missing("documentation", "documentation"),
                        new Completeness.Missing("signature", "signatory"),
                        new Completeness.Missing("signature", "title"),
                        new Completeness.Missing("signature", "signed"),
                        new Completeness.Missing("consent", "consentDocuments"),
                        new Completeness.Missing("identification", Completeness.LANGUAGE)));
        assertThat(section.fields()).hasSize(2);
        assertThat(desk.open(people.focalMorocco, id).file().status()).isEqualTo(NominationStatus.DRAFT);
        assertThat(desk.open(people.focalMorocco, id).completeness().sections().get("communities").complete()).isTrue();
    }

    @Test
    void aLateSubmissionIsRefusedUntilTheSecretariatGrantsAnExtension() {
        NominationFileId id = people.completeDraft("Ksar of Latecomers");
        jdbc.update("update nomination_file set cycle_year = 2020 where id = ?", id.value());

        assertThatThrownBy(() -> desk.submit(people.focalMorocco, id))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("late"));
        people.review.extend(people.secretariat, id, LocalDate.now().plusDays(7));
        assertThat(desk.submit(people.focalMorocco, id).reference()).startsWith("IWHN-2020-");
    }

    @Test
    void expertsFromASubmittingStateAreRefusedAndAConflictEndsTheAssignment() {
        NominationFileId id = people.fileIn(NominationStatus.COMPLETE, null);

        assertThatThrownBy(() -> people.review.assign(people.secretariat, id, List.of(people.moroccanEvaluator.email()), LocalDate.now().plusDays(9)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("evaluator-from-state");
                    assertThat(e.arguments()).containsExactly(people.moroccanEvaluator.email(), "MA");
                });
        assertThatThrownBy(() -> people.review.assign(people.secretariat, id, List.of(people.focalEgypt.email()), LocalDate.now().plusDays(9)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("not-evaluator"));

        people.review.assign(people.secretariat, id, List.of(people.evaluator.email(), people.otherEvaluator.email()), LocalDate.now().plusDays(9));
        assertThatThrownBy(() -> people.review.evaluate(people.evaluator, id, List.of("i"), "Too early", Outcome.INSCRIBE))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("declare-first"));

        people.review.declare(people.otherEvaluator, id, true, "I advised the state on this file.");
        assertThatThrownBy(() -> desk.open(people.otherEvaluator, id)).isInstanceOf(NotFoundException.class);

        people.review.declare(people.evaluator, id, false, "None.");
        people.review.evaluate(people.evaluator, id, List.of("ii", "iv"), "Meets criteria ii and iv.", Outcome.INSCRIBE);
        assertThat(desk.open(people.secretariat, id).file().status()).isEqualTo(NominationStatus.EVALUATED);
    }

    @Test
    void anExpertReadsTheDossierOnlyAfterDeclaringTheirInterests() {
        NominationFileId id = people.fileIn(NominationStatus.UNDER_EVALUATION, null);

        assertThat(desk.open(people.evaluator, id).readable()).isFalse();
        assertThatThrownBy(() -> desk.version(people.evaluator, id, 1)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> people.documents.attachments(people.evaluator, id)).isInstanceOf(NotAllowedException.class);

        people.review.declare(people.evaluator, id, false, "No link with the property or the state.");
        assertThat(desk.open(people.evaluator, id).readable()).isTrue();
        assertThat(desk.version(people.evaluator, id, 1)).isPresent();
        assertThat(people.documents.attachments(people.evaluator, id)).isNotEmpty();
    }

    @Test
    void inscribingPutsThePropertyOnThePublicListWithTheDecisionNumber() {
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        NominationFileId id = people.fileIn(NominationStatus.SCHEDULED, session);
        var decision = people.committee.decide(people.member, id, desk.open(people.member, id).file().version(), Outcome.INSCRIBE,
                new LocalizedText("قرار", "Decision", "Décision"));
        String reference = jdbc.queryForObject("""
                select i.reference from heritage_item i join heritage_status_change c on c.item_id = i.id
                where c.decision_ref = ?""", String.class, decision.reference());
        try {
            assertThat(decision.reference()).matches("IWHC/2099\\.\\d+/1");
            var item = list.find(reference).orElseThrow();
            assertThat(item.states()).containsExactly("MA", "JO");
            assertThat(jdbc.queryForObject("select status from heritage_item where reference = ?", String.class, reference))
                    .isEqualTo("INSCRIBED");
        } finally {
            registry.remove(List.of(reference));
        }
    }

    @Test
    void markupTypedInADossierIsShownAsTextOnThePublicListOnceInscribed() {
        String hostile = "<script>alert('dossier')</script><img src=x onerror=alert(1)>\n\n<meta http-equiv=refresh content=0;url=//evil>";
        NominationFileId id = people.completeDraft("Hostile " + UUID.randomUUID().toString().substring(0, 6));
        Map<String, String> description = new LinkedHashMap<>(NominationFixture.values(
                DossierForm.sections(NominationKind.CULTURAL).stream().filter(s -> s.key().equals("description")).findFirst().orElseThrow()));
        description.put("description.description.en", hostile);
        description.put("description.description.ar", "نص <b>عريض</b>");
        desk.fill(people.focalMorocco, id, desk.open(people.focalMorocco, id).file().version(), "description", description);
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        people.advance(id, NominationStatus.SCHEDULED, session);
        var decision = people.committee.decide(people.member, id, desk.open(people.member, id).file().version(), Outcome.INSCRIBE,
                LocalizedText.empty());
        String reference = jdbc.queryForObject("""
                select i.reference from heritage_item i join heritage_status_change c on c.item_id = i.id
                where c.decision_ref = ?""", String.class, decision.reference());
        try {
            Http http = new Http(port);
            for (String page : List.of("/en/heritage/" + reference, "/en/heritage/" + reference)) { // drawn, then kept
                String html = http.get(page).body();
                assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<meta http-equiv=refresh")
                        .contains("&lt;script&gt;alert(&#39;dossier&#39;)&lt;/script&gt;").contains("&lt;meta http-equiv");
            }
            assertThat(http.get("/ar/heritage/" + reference).body()).contains("نص &lt;b&gt;عريض&lt;/b&gt;").doesNotContain("<b>عريض");
            String api = http.get("/api/v1/heritage/" + reference).body();
            assertThat(api).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
        } finally {
            registry.remove(List.of(reference));
        }
    }

    @Test
    void referredFilesGoBackToTheStateForTheNextCycle() {
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        NominationFileId id = people.fileIn(NominationStatus.SCHEDULED, session);
        int cycle = desk.open(people.secretariat, id).file().cycleYear();
        people.committee.decide(people.secretariat, id, desk.open(people.secretariat, id).file().version(), Outcome.REFER, LocalizedText.empty());

        NominationFile file = desk.open(people.focalMorocco, id).file();
        assertThat(file.status()).isEqualTo(NominationStatus.DRAFT);
        assertThat(file.cycleYear()).isGreaterThan(cycle);
        assertThat(people.committee.decisionsOfFile(id)).extracting(d -> d.outcome()).containsExactly(Outcome.REFER);
    }

    @Test
    void ofTwoSecretariatUsersDecidingTheSameFileAtOnceExactlyOneWins() throws Exception {
        CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        NominationFileId id = people.fileIn(NominationStatus.SCHEDULED, session);
        long version = desk.open(people.secretariat, id).file().version();
        Actor otherSecretariat = people.person("secretariat.two", Set.of(Role.SECRETARIAT), Set.of());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (var entry : new LinkedHashMap<>(Map.of(people.secretariat, Outcome.NOT_INSCRIBE, otherSecretariat, Outcome.DEFER)).entrySet()) {
                Callable<String> decide = () -> {
                    start.await();
                    try {
                        return people.committee.decide(entry.getKey(), id, version, entry.getValue(), LocalizedText.empty()).reference();
                    } catch (StaleFileException e) {
                        return "stale:" + e.by();
                    }
                };
                results.add(pool.submit(decide));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("IWHC/")).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("stale:")).hasSize(1);
            assertThat(people.committee.decisionsOfFile(id)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFocalPointOfAnotherStateCannotSeeOrChangeTheFile() {
        NominationFileId id = people.completeDraft("Ksar of Secrets");
        long version = desk.open(people.focalMorocco, id).file().version();

        assertThatThrownBy(() -> desk.open(people.focalEgypt, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.fill(people.focalEgypt, id, version, "history", Map.of("history.history.en", "hijacked")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.submit(people.focalEgypt, id)).isInstanceOf(NotFoundException.class);
        // nor can an administrator (who runs accounts, not nominations) read a state's draft
        assertThatThrownBy(() -> desk.open(people.person("admin", Set.of(Role.ADMIN), Set.of()), id)).isInstanceOf(NotFoundException.class);
        assertThat(desk.open(people.focalMorocco, id).file().text("history.history.en")).isEqualTo("Text of history");
    }

    @Test
    void aStaleEditIsRefusedAndSavesNothing() {
        NominationFileId id = people.completeDraft("Ksar of Two Editors");
        long opened = desk.open(people.focalMorocco, id).file().version();
        desk.fill(people.focalJordan, id, opened, "history", Map.of("history.history.en", "Jordan's history"));

        assertThatThrownBy(() -> desk.fill(people.focalMorocco, id, opened, "history", Map.of("history.history.en", "Morocco's")))
                .isInstanceOfSatisfying(StaleFileException.class, e -> assertThat(e.by()).isEqualTo(people.focalJordan.email()));
        assertThat(desk.open(people.focalMorocco, id).file().text("history.history.en")).isEqualTo("Jordan's history");
    }
}
