package org.turath.fund;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.Ranking;
import org.turath.fund.domain.Score;
import org.turath.fund.internal.RequestDesk;
import org.turath.fund.internal.ReviewDesk;
import org.turath.risk.RiskFixture;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.RiskReport;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Support Fund's rules as the people who use it meet them: what a request needs before it is sent, who may read
 * it, experts with a conflict or from the request's state kept out, the reviews needed before a decision, tranches
 * only against reached milestones and a signed grant, the ranking's reasons, the emergency fast track, and what the
 * public sees.
 */
@IntegrationTest
class FundTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FundFixture fund;

    @Autowired
    RegistryFixture registry;

    @Autowired
    RiskFixture risk;

    @Autowired
    RequestDesk requests;

    @Autowired
    ReviewDesk review;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.turath.fund.internal.ProjectPhotoDesk photos;

    @Autowired
    org.turath.fund.internal.InvitationDesk invitations;

    String fez;
    Actor focal;

    @BeforeEach
    void setUp() {
        registry.demoData();
        fez = registry.referenceOf(170);
        focal = fund.person("focal.ma", Language.FR, Set.of(Role.FOCAL_POINT), Set.of("MA"));
    }

    @Test
    void aRequestIsSentOnlyWhenNothingIsMissingAndEachSubmissionIsFrozen() {
        FundCall call = fund.openCall();
        FundRequest.Content content = fund.complete("Remparts de Fès");
        FundRequest draft = requests.open(focal, Optional.empty(), call.id(), null, fez, content);
        assertThat(draft.reference()).matches("SF-\\d{4}-\\d{3}");
        assertThat(draft.missing()).containsExactly("documents");
        assertThatThrownBy(() -> requests.submit(focal, draft.id(), version(draft)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("incomplete"));

        // a budget that does not balance with the amount asked is named, not silently accepted
        FundRequest.Content unbalanced = new FundRequest.Content(content.kind(), content.applicant(), content.title(), content.objectives(),
                content.workPlan(), new BigDecimal("45000"), content.budget(), content.milestones());
        FundRequest edited = requests.edit(focal, draft.id(), version(draft), unbalanced);
        assertThat(edited.missing()).contains("budget-balance", "tranches");

        // a file that says it is a PDF and is not one is refused
        assertThatThrownBy(() -> requests.attach(focal, draft.id(), version(draft),
                new ByteArrayInputStream("%PDF-1.7\nnot really\n%%EOF".getBytes(StandardCharsets.US_ASCII)), "plan.pdf"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isIn("pdf-damaged", "not-pdf"));

        requests.edit(focal, draft.id(), version(draft), content);
        requests.attach(focal, draft.id(), version(draft), new ByteArrayInputStream(FundFixture.pdf()), "plan.pdf");
        FundRequest sent = requests.submit(focal, draft.id(), version(draft));
        assertThat(sent.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(sent.decideBy()).isEqualTo(call.closesOn().plusDays(90));
        assertThat(requests.versions(focal, draft.id())).singleElement()
                .satisfies(v -> assertThat(v.content()).contains("\"amountRequested\":40000", "Remparts de Fès", "plan.pdf"));
        // sent: the state can no longer change it
        assertThatThrownBy(() -> requests.edit(focal, draft.id(), version(draft), content))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("wrong-status"));
        // more than the call allows is refused
        FundRequest.Content tooMuch = new FundRequest.Content(content.kind(), content.applicant(), content.title(), content.objectives(),
                content.workPlan(), new BigDecimal("150000"), content.budget(), content.milestones());
        assertThatThrownBy(() -> requests.open(focal, Optional.empty(), call.id(), null, fez, tooMuch))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("amount-over-max"));
    }

    @Test
    void onlyTheStateTheSecretariatAndAssignedExpertsReadARequest() {
        FundCall call = fund.openCall();
        FundRequest request = fund.submitted(focal, call, fez, "Remparts");
        Actor otherState = fund.person("focal.tn", Language.FR, Set.of(Role.FOCAL_POINT), Set.of("TN"));
        Actor expert = fund.person("expert", Language.EN, Set.of(Role.EVALUATOR), Set.of());
        assertThatThrownBy(() -> requests.request(otherState, request.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.request(expert, request.id())).isInstanceOf(NotFoundException.class);
        // and another state's focal point cannot open a request on Fez
        assertThatThrownBy(() -> requests.open(otherState, Optional.empty(), call.id(), null, fez, fund.complete("x")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("item-not-yours"));
        assertThat(requests.request(FundFixture.SECRETARIAT, request.id()).reference()).isEqualTo(request.reference());
    }

    @Test
    void aGrantFollowsTwoReviewsFreeOfConflictsAndTranchesFollowReachedMilestones() throws Exception {
        FundCall call = fund.openCall();
        FundRequest request = fund.submitted(focal, call, fez, "Remparts de Fès");
        Actor secretariat = FundFixture.SECRETARIAT;
        review.checkEligibility(secretariat, request.id(), version(request), true, null);

        Actor moroccan = fund.person("expert.ma", Language.EN, Set.of(Role.EVALUATOR), Set.of("MA"));
        assertThatThrownBy(() -> review.assign(secretariat, request.id(), List.of(moroccan.email()), review.today().plusDays(20)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("expert-from-state"));
        Actor first = fund.person("expert.one", Language.EN, Set.of(Role.EVALUATOR), Set.of());
        Actor second = fund.person("expert.two", Language.AR, Set.of(Role.EVALUATOR), Set.of());
        Actor conflicted = fund.person("expert.three", Language.FR, Set.of(Role.EVALUATOR), Set.of());
        review.assign(secretariat, request.id(), List.of(first.email(), second.email(), conflicted.email()), review.today().plusDays(20));
        MimeMessage assigned = Mailbox.await(mail, second.email(), subject -> subject.contains(request.reference()));
        assertThat(Mailbox.subject(assigned)).isEqualTo("صندوق الدعم: الطلب " + request.reference() + " للتقييم");

        // scoring before declaring is refused; a declared conflict keeps the expert out
        assertThatThrownBy(() -> review.score(first, request.id(), scores(8, 6), "Solide."))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("declare-first"));
        review.declare(conflicted, request.id(), true, "I advised the ministry on this project.");
        assertThatThrownBy(() -> review.score(conflicted, request.id(), scores(10, 10), "!"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("declare-first"));
        review.declare(first, request.id(), false, null);
        review.score(first, request.id(), scores(8, 6), "Solide.");
        // a score without its reason is refused
        review.declare(second, request.id(), false, null);
        assertThatThrownBy(() -> review.score(second, request.id(), List.of(new Score(9, "Great value"), new Score(7, " ")), "ok"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("scores"));
        assertThatThrownBy(() -> review.decide(secretariat, request.id(), version(request), new BigDecimal("40000"), "Granted."))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("reviews-needed"));
        review.score(second, request.id(), List.of(new Score(9, "Great value"), new Score(7, "Realistic plan")), "ok");

        List<Ranking.Entry> ranking = review.ranking(secretariat, call.id());
        assertThat(ranking).singleElement().satisfies(entry -> {
            // (8.5 × 60 + 6.5 × 40) / 10 = 77.0, from the two experts free of conflicts only
            assertThat(entry.score()).isEqualByComparingTo("77.0");
            assertThat(entry.reviews()).isEqualTo(2);
            assertThat(entry.criteria().get(1).reasons()).containsExactly("Reason 2", "Realistic plan");
        });

        assertThatThrownBy(() -> review.decide(secretariat, request.id(), version(request), new BigDecimal("50000"), "Too much."))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("granted-range"));
        review.decide(secretariat, request.id(), version(request), new BigDecimal("35000"), "Granted, without the second line's full cost.");
        MimeMessage granted = Mailbox.await(mail, focal.email(), subject -> subject.contains("accordée"));
        assertThat(Mailbox.subject(granted)).isEqualTo("Fonds d’appui : demande " + request.reference() + " accordée");

        // no tranche before the grant agreement and the milestone's progress report
        assertThatThrownBy(() -> review.pay(secretariat, request.id(), version(request), 0, new BigDecimal("15000"), review.today()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("grant-missing"));
        review.attachGrant(secretariat, request.id(), version(request), new ByteArrayInputStream(FundFixture.pdf()), "grant.pdf");
        assertThatThrownBy(() -> review.pay(secretariat, request.id(), version(request), 0, new BigDecimal("15000"), review.today()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("milestone-not-reached"));
        requests.reach(focal, request.id(), version(request), 0, review.today(), "Relevé des remparts terminé.");
        assertThatThrownBy(() -> review.pay(secretariat, request.id(), version(request), 0, new BigDecimal("36000"), review.today()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("tranche-range"));
        FundRequest paid = review.pay(secretariat, request.id(), version(request), 0, new BigDecimal("15000"), review.today());
        assertThat(paid.paidTotal()).isEqualByComparingTo("15000");
        assertThat(paid.progress()).isEqualTo(50);

        // the public sees the project, its amounts and its progress; never a request that was not funded
        Visitor visitor = new Visitor(mvc, "203.0.113.40");
        String page = visitor.get("/fr/support-fund/projects/" + request.reference()).getContentAsString();
        assertThat(page.replace('\u202F', ' ').replace('\u00A0', ' ')).contains("Remparts de Fès", "35 000,00 $US", "15 000,00 $US", "50 %",
                "Relevé des remparts terminé.");
        assertThat(page).doesNotContain("Ministère de la Culture", "I advised the ministry");
        String jsonLd = page.substring(page.indexOf("application/ld+json"));
        jsonLd = jsonLd.substring(jsonLd.indexOf('>') + 1, jsonLd.indexOf("</script>"));
        var described = tools.jackson.databind.json.JsonMapper.builder().build().readTree(jsonLd);
        assertThat(described.get("@type").asString()).isEqualTo("Project");
        assertThat(described.get("subjectOf").get("amount").get("currency").asString()).isEqualTo("USD");
        assertThat(described.get("about").get("@id").asString()).endsWith("/en/heritage/" + fez);
        assertThat(visitor.get("/fr/support-fund").getContentAsString()).contains("Remparts de Fès");
        FundRequest draft = requests.open(focal, Optional.empty(), call.id(), null, fez, fund.complete("Brouillon"));
        assertThat(visitor.get("/en/support-fund/projects/" + draft.reference()).getStatus()).isEqualTo(404);
    }

    @Test
    void aFundedProjectShowsThePhotographsOfItsWorkWithTheirCreditAndNothingTheCameraWrote() throws Exception {
        FundCall call = fund.openCall();
        org.turath.web.PhotoDetails details = new org.turath.web.PhotoDetails(null, "Équipe", new org.turath.shared.LocalizedText(null, null, "Porte"));
        FundRequest submitted = fund.submitted(focal, call, fez, "Pas encore financée");
        assertThatThrownBy(() -> photos.add(focal, submitted.id(), new ByteArrayInputStream(org.turath.support.CameraFiles.jpegWithComment(HIDDEN)), details))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("photos-not-funded"));
        FundRequest project = fund.granted(focal, call, fez, "Portes de Fès");
        Actor otherState = fund.person("focal.dz", Language.FR, Set.of(Role.FOCAL_POINT), Set.of("DZ"));
        assertThatThrownBy(() -> photos.add(otherState, project.id(), new ByteArrayInputStream(org.turath.support.CameraFiles.jpegWithComment(HIDDEN)), details))
                .isInstanceOf(NotFoundException.class);

        Visitor desk = new Visitor(mvc, "10.79.0.1");
        desk.signIn(focal.email(), FundFixture.PASSWORD);
        String page = "/fr/admin/fund/requests/" + project.id();
        desk.get(page);
        var notImage = desk.upload(page + "/photos", java.util.Map.of("credit", "Équipe du ministère", "caption.fr", "La porte Bab Boujloud"),
                "photo", "porte.jpg", "image/jpeg", "pas une image".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.getStatus()).isEqualTo(422);
        Document refused = Jsoup.parse(notImage.getContentAsString());
        assertThat(refused.text()).contains("Le fichier n’est pas une image JPEG, PNG ou WebP lisible.");
        assertThat(refused.select("#ph-credit").val()).as("what was typed is kept").isEqualTo("Équipe du ministère");
        assertThat(refused.select("#ph-caption-fr").val()).isEqualTo("La porte Bab Boujloud");
        desk.get(page);
        assertThat(desk.upload(page + "/photos", java.util.Map.of("credit", "Équipe du ministère", "takenOn", "2026-05-02",
                        "caption.fr", "La porte Bab Boujloud après les travaux", "caption.ar", "باب بوجلود بعد الأشغال"),
                "photo", "porte.jpg", "image/jpeg", org.turath.support.CameraFiles.jpegWithComment(HIDDEN)).getRedirectedUrl()).contains("done=photo");

        Visitor visitor = new Visitor(mvc, "203.0.113.41");
        Document shown = Jsoup.parse(visitor.get("/fr/support-fund/projects/" + project.reference()).getContentAsString());
        assertThat(shown.select(".fund-gallery img").attr("alt")).isEqualTo("La porte Bab Boujloud après les travaux");
        assertThat(shown.select(".fund-gallery figcaption").text()).contains("Photo : Équipe du ministère", "2026");
        String thumb = shown.select(".fund-gallery img").attr("src");
        var large = visitor.get(thumb.replace("/thumb", ""));
        assertThat(large.getContentType()).isEqualTo("image/jpeg");
        assertThat(new String(large.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain(HIDDEN);
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(large.getContentAsByteArray())).getWidth()).isEqualTo(1600);
        assertThat(visitor.get(thumb).getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(visitor.get("/ar/support-fund").getContentAsString())
                .select("li.card:has(a[href$=/support-fund/projects/" + project.reference() + "]) .fund-cover").attr("alt"))
                .as("the project's card in the list shows its first photograph").isEqualTo("باب بوجلود بعد الأشغال");
        assertThat(shown.select("script[type=application/ld+json]").html()).contains(thumb.replace("/thumb", ""));

        // removed, it is gone from the public page and from its address
        String photoId = thumb.replaceAll(".*/photos/([0-9a-f-]{36})/thumb", "$1");
        desk.get(page);
        assertThat(desk.post(page + "/photos/" + photoId + "/remove", java.util.Map.of()).getRedirectedUrl()).contains("done=photo-removed");
        assertThat(Jsoup.parse(visitor.get("/fr/support-fund/projects/" + project.reference()).getContentAsString()).select(".fund-gallery")).isEmpty();
        assertThat(visitor.get(thumb).getStatus()).isEqualTo(404);
    }

    private static final String HIDDEN = "GPS 34.0617N 4.9839W TURATH-TEST";

    @Test
    void aPersonOfTheApplyingInstitutionInvitedByTheFocalPointWritesAndSubmitsThatRequestOnly() throws Exception {
        FundCall call = fund.openCall();
        FundRequest request = requests.open(focal, Optional.empty(), call.id(), null, fez, fund.complete("Avec l’université"));
        FundRequest other = requests.open(focal, Optional.empty(), call.id(), null, fez, fund.complete("Une autre demande"));
        Visitor state = new Visitor(mvc, "10.79.1.1");
        state.signIn(focal.email(), FundFixture.PASSWORD);
        String page = "/fr/admin/fund/requests/" + request.id();
        state.get(page);
        var refused = state.post(page + "/invitations", java.util.Map.of("email", "pas une adresse", "name", "Salma Idrissi",
                "institution", "Université Sidi Mohamed Ben Abdellah", "language", "fr"));
        assertThat(refused.getStatus()).isEqualTo(422);
        Document shown = Jsoup.parse(refused.getContentAsString());
        assertThat(shown.text()).contains("Indiquez l’adresse électronique de la personne à inviter.");
        assertThat(shown.select("#inv-institution").val()).as("what was typed is kept").isEqualTo("Université Sidi Mohamed Ben Abdellah");

        // someone new to the portal: an account with no role, a mail to choose a password, a mail with the request
        String email = "salma." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        state.get(page);
        assertThat(state.post(page + "/invitations", java.util.Map.of("email", email, "name", "Salma Idrissi",
                "institution", "Université Sidi Mohamed Ben Abdellah", "language", "fr")).getRedirectedUrl()).contains("done=invited");
        MimeMessage invited = Mailbox.await(mail, email, subject -> subject.contains(request.reference()));
        assertThat(String.valueOf(invited.getContent())).contains("Université Sidi Mohamed Ben Abdellah", "/fr/admin/fund/requests/" + request.id());
        String activation = String.valueOf(Mailbox.await(mail, email, subject -> subject.contains("Turath")).getContent())
                .replaceAll("(?s).*https?://[^\\s/]+(/fr/account/activate\\?token=[A-Za-z0-9_-]+).*", "$1");
        Visitor invitee = new Visitor(mvc, "10.79.1.2");
        String token = Jsoup.parse(invitee.get(activation).getContentAsString()).select("input[name=token]").val();
        assertThat(invitee.post("/fr/account/activate", java.util.Map.of("token", token, "password", "les remparts de Fès en 2027",
                "confirmation", "les remparts de Fès en 2027")).getRedirectedUrl()).isEqualTo("/fr/login?activated");
        invitee.signIn(email, "les remparts de Fès en 2027");

        // the invitee finds the request in their list, writes it, documents it and submits it — and sees no other
        Document list = Jsoup.parse(invitee.get("/fr/admin/fund/requests").getContentAsString());
        assertThat(list.select("tbody a").eachText()).containsExactly(request.reference());
        assertThat(invitee.get("/fr/admin/fund/requests/" + other.id()).getStatus()).isEqualTo(404);
        Actor salma = new Actor(email, Set.of(), Set.of());
        FundRequest current = requests.request(salma, request.id());
        requests.edit(salma, request.id(), current.version(), fund.complete("Remparts de Fès, avec l’université"));
        invitee.get("/fr/admin/fund/requests/" + request.id());
        assertThat(invitee.upload("/fr/admin/fund/requests/" + request.id() + "/documents",
                java.util.Map.of("version", String.valueOf(fund.version(request))), "document", "plan.pdf", "application/pdf", FundFixture.pdf())
                .getRedirectedUrl()).contains("done=document");
        invitee.get("/fr/admin/fund/requests/" + request.id());
        assertThat(invitee.post("/fr/admin/fund/requests/" + request.id() + "/submit",
                java.util.Map.of("version", String.valueOf(fund.version(request)))).getRedirectedUrl()).contains("done=submitted");
        assertThat(requests.request(focal, request.id()).status()).isEqualTo(RequestStatus.SUBMITTED);
        // what is the secretariat's stays out of reach
        assertThat(invitee.get("/fr/admin/fund").getStatus()).isEqualTo(403);
        assertThat(invitee.get("/fr/admin/fund/requests/new").getStatus()).isEqualTo(403);

        // withdrawn, the invitation no longer opens the request
        FundRequest third = requests.open(focal, Optional.empty(), call.id(), null, fez, fund.complete("Troisième"));
        var invitation = invitations.invite(focal, third.id(), new org.turath.fund.internal.InvitationDesk.Invitee(email, "Salma Idrissi",
                "Université", Language.FR));
        assertThat(invitee.get("/fr/admin/fund/requests/" + third.id()).getStatus()).isEqualTo(200);
        assertThatThrownBy(() -> invitations.invite(focal, third.id(), new org.turath.fund.internal.InvitationDesk.Invitee(email, "Salma",
                "Université", Language.FR))).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invite-again"));
        Actor otherState = fund.person("focal.tn", Language.FR, Set.of(Role.FOCAL_POINT), Set.of("TN"));
        assertThatThrownBy(() -> invitations.withdraw(otherState, third.id(), invitation.id())).isInstanceOf(NotFoundException.class);
        invitations.withdraw(focal, third.id(), invitation.id());
        assertThat(invitee.get("/fr/admin/fund/requests/" + third.id()).getStatus()).isEqualTo(404);
        assertThat(Jsoup.parse(state.get("/fr/admin/fund/requests/" + third.id()).getContentAsString()).select("#invitations").text())
                .contains("Salma Idrissi", "Retirée");
    }

    @Test
    void anEmergencyRequestNamesAConditionReportOnTheItemAndIsDecidedOnItsOwnDeadline() {
        RiskReport report = risk.published(RiskFixture.content(fez, "poor", List.of(new ReportContent.Cause("3.5.9", "high")), false));
        FundRequest.Content content = fund.complete("Étaiement d’urgence");
        assertThatThrownBy(() -> requests.open(focal, Optional.empty(), null, null, null, content))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("emergency-report"));
        FundRequest request = requests.open(focal, Optional.empty(), null, report.id(), null, content);
        assertThat(request.emergency()).isTrue();
        assertThat(request.itemReference()).isEqualTo(fez);
        assertThat(request.currency()).isEqualTo("USD");
        requests.attach(focal, request.id(), version(request), new ByteArrayInputStream(FundFixture.pdf()), "photos.pdf");
        FundRequest sent = requests.submit(focal, request.id(), version(request));
        assertThat(sent.decideBy()).isEqualTo(requests.today().plusDays(requests.emergencyDays()));
        // the fast track: one expert's opinion, no scores against a call
        review.checkEligibility(FundFixture.SECRETARIAT, request.id(), version(request), true, null);
        Actor expert = fund.person("expert.urgent", Language.EN, Set.of(Role.EVALUATOR), Set.of());
        review.assign(FundFixture.SECRETARIAT, request.id(), List.of(expert.email()), review.today().plusDays(5));
        review.declare(expert, request.id(), false, null);
        review.score(expert, request.id(), List.of(), "Urgent: the north wall may fall with the next rains.");
        FundRequest decided = review.decide(FundFixture.SECRETARIAT, request.id(), version(request), new BigDecimal("40000"), "Urgent.");
        assertThat(decided.status()).isEqualTo(RequestStatus.GRANTED);
    }

    private List<Score> scores(int a, int b) {
        return List.of(new Score(a, "Reason 1"), new Score(b, "Reason 2"));
    }

    private long version(FundRequest request) {
        return requests.request(FundFixture.SECRETARIAT, request.id()).version();
    }
}
