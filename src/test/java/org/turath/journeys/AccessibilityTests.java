package org.turath.journeys;

import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationFileId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.BrowserJourney;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in the real browser on the public pages and the back office, in Arabic, English and
 * French: no serious or critical violation anywhere (WCAG 2.2 A and AA rules).
 */
class AccessibilityTests extends BrowserJourney {

    private static final String PASSWORD = "accessible to everyone, always";

    @Autowired
    AccountsApi accounts;

    @Autowired
    org.turath.nominations.internal.NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.turath.risk.internal.ContributionDesk contributions;

    @Autowired
    org.turath.learning.internal.TrainingDesk trainings;

    @Autowired
    org.turath.engagement.internal.FeedbackDesk feedback;

    @Autowired
    org.turath.engagement.internal.InquiryDesk inquiries;

    @Autowired
    org.turath.library.internal.LibraryDesk library;

    @Autowired
    org.turath.library.internal.NewsDesk news;

    @Autowired
    org.turath.documents.PdfRenderer pdfs;

    @Autowired
    org.turath.risk.RiskFixture risk;

    @Autowired
    org.turath.partners.internal.PartnerDesk partners;

    @Autowired
    org.turath.fund.FundFixture fund;

    @Autowired
    org.turath.museums.internal.MuseumDesk museums;

    @Autowired
    org.turath.collections.internal.CollectionDesk collections;

    @Autowired
    org.turath.collections.internal.ImageDesk images;

    @Autowired
    org.turath.alerts.internal.AlertDesk alerts;

    @Autowired
    org.turath.alerts.internal.AlertPhotoDesk alertPhotos;

    @Autowired
    org.turath.exhibitions.internal.ExhibitionDesk exhibitions;

    @Autowired
    org.turath.exhibitions.internal.EventDesk museumEvents;

    @Test
    void noPageHasASeriousOrCriticalViolationInAnyLanguage() throws Exception {
        String reference = registry.referenceOf(170);
        var people = fixtures.getObject();
        org.turath.nominations.CommitteeSessionId session = people.session(people.nextSessionNumber(), people.member);
        String file = "/admin/nominations/" + people.fileIn(org.turath.nominations.NominationStatus.SCHEDULED, session);
        org.turath.nominations.NominationFileId draftId = people.fileIn(org.turath.nominations.NominationStatus.DRAFT, session);
        desk.zone(people.focalMorocco, draftId, 0, true,
                "{\"type\":\"Polygon\",\"coordinates\":[[[-8.0,31.6],[-7.9,31.6],[-7.9,31.7],[-8.0,31.6]]]}".getBytes(StandardCharsets.UTF_8));
        String draft = "/admin/nominations/" + draftId;
        org.turath.learning.ActivityId activity = org.turath.learning.LearningFixture.create(trainings, org.turath.learning.LearningFixture.workshop(
                "Accessible", 10, java.time.Duration.ofHours(-1), java.time.Duration.ofDays(1), false));
        var registered = trainings.register(activity, org.turath.learning.LearningFixture.applicant("سلمى العلوي", org.turath.shared.Language.AR));
        trainings.register(activity, org.turath.learning.LearningFixture.applicant("Second Person", org.turath.shared.Language.EN));
        feedback.answer(4, "مفيد جدًا", "/ar/heritage", org.turath.shared.Language.AR);
        org.turath.engagement.InquiryId inquiry = inquiries.receive(org.turath.engagement.InquiryTopic.TRAININGS, org.turath.shared.Language.FR, "Léa",
                "lea." + UUID.randomUUID() + "@example.org", "Quand a lieu le prochain atelier ?").id();
        var editor = new org.turath.accounts.Actor("a11y.library@example.org", Set.of(Role.EDITOR), Set.of());
        byte[] pdf = pdfs.render("fixtures/publication", org.turath.shared.Language.AR,
                java.util.Map.of("title", "دليل الحماية", "pages", List.of("حماية التراث في أوقات الأزمات")));
        org.turath.library.PublicationId publication = library.create(editor, new org.turath.library.domain.Publication.Details(
                org.turath.library.PublicationKind.GUIDE, new org.turath.shared.LocalizedText("دليل الحماية", "Protection guide", null),
                new org.turath.shared.RichText(null, "<p>A guide.</p>", null), "Centre", 2024, org.turath.shared.Language.AR,
                "crises", null, null, List.of(reference), true), new java.io.ByteArrayInputStream(pdf), "guide.pdf").id();
        org.turath.library.ArticleId article = news.create(editor, new org.turath.library.domain.NewsArticle.Draft(
                new org.turath.shared.LocalizedText("خبر", "News item", "Actualité"), new org.turath.shared.LocalizedText(null, "Lead", null),
                new org.turath.shared.RichText(null, "<p>Body</p>", null), org.turath.shared.LocalizedText.empty(), List.of("tag"),
                List.of(), java.time.Instant.now().minusSeconds(60), true), null).id();
        String report = risk.published(org.turath.risk.RiskFixture.content(reference, "poor",
                List.of(new org.turath.risk.domain.ReportContent.Cause("9.4", "high")), false)).id().toString();
        var focal = fund.person("a11y.focal", Language.FR, Set.of(Role.FOCAL_POINT), Set.of("MA"));
        var call = fund.openCall();
        var project = fund.granted(focal, call, reference, "مشروع صون الأسوار");
        var underReview = fund.submitted(focal, call, reference, "Remparts");
        var draftRequest = fund.requests().open(focal, java.util.Optional.empty(), call.id(), null, reference, fund.complete("Brouillon"));
        var keeper = new org.turath.accounts.Actor("a11y.partners@example.org", Set.of(Role.SECRETARIAT), Set.of());
        String slug = "a11y-" + UUID.randomUUID().toString().substring(0, 8);
        var partnerA = partners.createPartner(keeper, java.util.Optional.empty(), new org.turath.partners.domain.Partner.Details(slug,
                new org.turath.shared.LocalizedText("جامعة الاختبار", "Test University", "Université d’essai"), "TU",
                org.turath.partners.PartnerKind.UNIVERSITY, "MA", "https://example.org", org.turath.shared.LocalizedText.empty(), null));
        var partnerB = partners.createPartner(keeper, java.util.Optional.empty(), new org.turath.partners.domain.Partner.Details(slug + "-b",
                new org.turath.shared.LocalizedText(null, "Test Museum", null), null, org.turath.partners.PartnerKind.MUSEUM, null, null,
                org.turath.shared.LocalizedText.empty(), null));
        var agreement = partners.create(keeper, java.util.Optional.empty(), new org.turath.partners.domain.Agreement.Details(
                org.turath.partners.AgreementKind.PROGRAMME, new org.turath.shared.LocalizedText("برنامج", "Programme", "Programme"),
                org.turath.shared.LocalizedText.empty(), true, java.time.LocalDate.now().minusMonths(34), org.turath.partners.domain.Agreement.Precision.DAY,
                36, org.turath.partners.Renewal.TACIT, "USD", new java.math.BigDecimal("1000"), true,
                List.of(new org.turath.partners.domain.Party(partnerA.id().value(), new java.math.BigDecimal("70"), new java.math.BigDecimal("700")),
                        new org.turath.partners.domain.Party(partnerB.id().value(), new java.math.BigDecimal("30"), new java.math.BigDecimal("300"))),
                List.of(new org.turath.partners.domain.Outcome(org.turath.partners.domain.Outcome.Kind.TRAINING, 2025,
                        new org.turath.shared.LocalizedText("دورة", "Course", "Cours"), "/en/trainings")), "Signed copy", keeper.email()));
        var museum = museums.create(keeper, java.util.Optional.empty(), new org.turath.museums.domain.Museum.Details(slug + "-museum",
                new org.turath.shared.LocalizedText("متحف الاختبار", "Test Museum of Fez", null), org.turath.museums.MuseumKind.ETHNOGRAPHY,
                "MA", new org.turath.shared.LocalizedText("فاس", "Fez", "Fès"), 34.06, -4.98, 1915, "https://example.org", null,
                new org.turath.shared.LocalizedText(null, null, "Tous les jours"), org.turath.shared.LocalizedText.empty(),
                org.turath.shared.LocalizedText.empty(), "https://example.org/source", Set.of(reference)));
        museums.publish(keeper, museum.id(), museum.version(), true);
        var object = collections.create(keeper, java.util.Optional.empty(), new org.turath.collections.domain.CollectionObject.Details(
                slug + "-object", museum.id().value(), "INV-" + slug, new org.turath.shared.LocalizedText("أسطرلاب", "Astrolabe", null),
                new org.turath.shared.LocalizedText("أسطرلاب الاختبار", "Test astrolabe", null), new org.turath.shared.LocalizedText(null, "Brass", null),
                new org.turath.collections.domain.CollectionObject.Measures(new java.math.BigDecimal("12.5"), null, null, null, null),
                "صنعه أحمد", "ar", org.turath.shared.LocalizedText.empty(), org.turath.shared.LocalizedText.empty(),
                org.turath.shared.LocalizedText.empty(), new org.turath.shared.LocalizedText(null, "10th century", null), 900, 999,
                org.turath.shared.LocalizedText.empty(), org.turath.shared.LocalizedText.empty(), org.turath.shared.LocalizedText.empty(),
                org.turath.shared.LocalizedText.empty(), false, null, true, Set.of(reference), Set.of()));
        object = collections.publish(keeper, object.id(), object.version(), true);
        images.add(keeper, object.id(), new java.io.ByteArrayInputStream(org.turath.collections.CollectionTests.png(1200, 800)),
                new org.turath.collections.internal.ImageDesk.Details("Test credit", org.turath.collections.Licence.CC_BY,
                        new org.turath.shared.LocalizedText("صورة", "A test image", null), true));
        for (int i = 0; i < 300 && images.of(java.util.Optional.empty(), object.id()).stream()
                .anyMatch(image -> image.status() != org.turath.collections.domain.ObjectImage.Status.READY); i++) {
            Thread.sleep(100);
        }
        var alert = alerts.create(keeper, java.util.Optional.empty(), new org.turath.alerts.domain.ObjectAlert.Details(
                org.turath.alerts.AlertEvent.STOLEN, java.time.LocalDate.of(2026, 1, 5), new org.turath.shared.LocalizedText("فاس", "Fez", null),
                "MA", museum.id().value(), "Test Museum of Fez", new org.turath.shared.LocalizedText("مخطوط", "Manuscript", null),
                new org.turath.shared.LocalizedText("مخطوط الاختبار", "Test manuscript", null), org.turath.shared.LocalizedText.empty(),
                org.turath.shared.LocalizedText.empty(), org.turath.shared.LocalizedText.empty(),
                new org.turath.shared.LocalizedText(null, "A test manuscript.", null), "بسم الله", null, null, "TEST-1", null, null, true));
        alertPhotos.add(keeper, alert.id(), new java.io.ByteArrayInputStream(org.turath.collections.CollectionTests.png(800, 600)),
                "Test credit", new org.turath.shared.LocalizedText("صورة", "A test photograph", null));
        alert = alerts.review(keeper, alert.id(), alerts.alert(keeper, alert.id()).version(), true, null);
        var exhibition = exhibitions.create(keeper, java.util.Optional.empty(), new org.turath.exhibitions.domain.Exhibition.Details(
                slug + "-exhibition", org.turath.exhibitions.ExhibitionKind.TRAVELLING, museum.id().value(),
                new org.turath.shared.LocalizedText("معرض الاختبار", "Test exhibition", null),
                new org.turath.shared.LocalizedText(null, "An exhibition of the test museum.", null), false, null, true));
        exhibitions.addSection(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(),
                new org.turath.exhibitions.domain.ExhibitionSection.Draft(new org.turath.shared.LocalizedText("القسم", "Section", null),
                        new org.turath.shared.LocalizedText(null, "A narrative.", null), List.of(
                        new org.turath.exhibitions.domain.ExhibitionPiece.Draft(org.turath.exhibitions.domain.ExhibitionPiece.Kind.OBJECT,
                                object.reference(), new org.turath.shared.LocalizedText(null, "A caption", null)),
                        new org.turath.exhibitions.domain.ExhibitionPiece.Draft(org.turath.exhibitions.domain.ExhibitionPiece.Kind.HERITAGE,
                                reference, org.turath.shared.LocalizedText.empty()))));
        exhibitions.addSection(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(),
                new org.turath.exhibitions.domain.ExhibitionSection.Draft(new org.turath.shared.LocalizedText("الموقع", "The site", null),
                        org.turath.shared.LocalizedText.empty(), List.of(new org.turath.exhibitions.domain.ExhibitionPiece.Draft(
                        org.turath.exhibitions.domain.ExhibitionPiece.Kind.HERITAGE, reference, org.turath.shared.LocalizedText.empty()))));
        exhibitions.addVenue(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(), museum.reference(),
                java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(30));
        exhibitions.publish(keeper, exhibition.id(), exhibitions.exhibition(keeper, exhibition.id()).version(), true);
        var talk = museumEvents.create(keeper, java.util.Optional.empty(), new org.turath.exhibitions.domain.MuseumEvent.Details(
                museum.id().value(), exhibition.id().value(), org.turath.exhibitions.MuseumEventKind.TALK,
                new org.turath.shared.LocalizedText("محاضرة", "A talk", null), new org.turath.shared.LocalizedText(null, "About the exhibition.", null),
                java.time.LocalDate.now().plusDays(2).atTime(18, 0), java.time.LocalDate.now().plusDays(2).atTime(19, 0),
                java.time.ZoneId.of("Africa/Casablanca"), true));
        museumEvents.publish(keeper, talk.id(), talk.version(), true);
        // what the public sent: one accepted (on the item's page), one waiting for the moderators
        var waiting = contributions.send(new org.turath.risk.internal.ContributionDesk.Sending(reference,
                org.turath.risk.domain.Contribution.Kind.DAMAGE, java.time.LocalDate.now().minusDays(3), "A crack in the gate.",
                "Visitor", "a11y.visitor@example.org", Language.AR, true, false, org.turath.risk.domain.Contribution.Licence.CC_BY_4_0, null));
        var accepted = contributions.send(new org.turath.risk.internal.ContributionDesk.Sending(reference,
                org.turath.risk.domain.Contribution.Kind.THREAT, null, "Building work beside the wall.", "Visitor", "a11y.visitor@example.org",
                Language.EN, false, false, org.turath.risk.domain.Contribution.Licence.CC_BY_4_0, null));
        jdbc.update("update risk_contribution set status = 'WAITING' where id in (?, ?)", waiting.id().value(), accepted.id().value());
        contributions.decide(keeper, accepted.id(), 0, true, null);
        List<String> publicPages = List.of("/", "/open-data", "/heritage", "/heritage/" + reference, "/states", "/states/ma", "/search?q=medina",
                "/map", "/login", "/password/forgot", "/committee/sessions", "/committee/sessions/" + session,
                "/trainings", "/trainings/calendar", "/trainings/" + activity, "/trainings/registration?token=" + registered.secret(),
                "/certificates", "/certificates/ABCD-EFGH-JKMN", "/feedback?from=/en/heritage", "/feedback/thanks", "/ask", "/ask/thanks",
                "/publications", "/publications/" + publication, "/news", "/news/" + article,
                "/heritage-at-risk", "/heritage-at-risk/reports/" + report, "/emergency-guide",
                "/heritage-at-risk/follow?item=" + reference, "/heritage-at-risk/contribute?item=" + reference,
                "/heritage-at-risk/contribute/sent", "/heritage-at-risk/from-the-public?item=" + reference, "/partners", "/partners/" + slug, "/figures",
                "/figures?state=MA&from=2000", "/al-quds", "/support-fund", "/support-fund/calls/" + call.reference(),
                "/support-fund/projects/" + project.reference(),
                "/emergency-guide?state=MA", "/museums", "/museums?state=MA", "/museums/" + museum.reference(),
                "/collections", "/collections?museum=" + museum.reference(), "/collections/" + object.reference(),
                "/alerts", "/alerts?status=recovered", "/alerts/" + alert.reference(), "/alerts/check",
                "/exhibitions", "/exhibitions/" + exhibition.reference(), "/exhibitions/" + exhibition.reference() + "/tour/1",
                "/exhibitions/" + exhibition.reference() + "/tour/2",
                "/exhibitions/" + exhibition.reference() + "/print");
        List<String> backOffice = List.of("/admin", "/admin/heritage", "/admin/heritage/new", "/admin/heritage/" + reference,
                "/admin/heritage/" + reference + "/history", "/admin/audit", "/admin/users", "/admin/users/invite", "/admin/import",
                "/account", "/account/two-factor", "/admin/nominations", file, file + "/versions/1", draft,
                draft + "/sections/identification", draft + "/sections/justification", "/admin/sessions", "/admin/sessions/" + session, "/admin/preliminary-list",
                "/admin/trainings", "/admin/trainings/new", "/admin/trainings/" + activity, "/admin/feedback", "/admin/inquiries",
                "/admin/inquiries?view=OVERDUE", "/admin/inquiries/" + inquiry, "/admin/publications", "/admin/publications/new",
                "/admin/publications/" + publication, "/admin/news", "/admin/news/new", "/admin/news/" + article,
                "/admin/risk", "/admin/risk/new", "/admin/risk/" + report, "/admin/partners", "/admin/partners/new",
                "/admin/partners/" + partnerA.id(), "/admin/agreements", "/admin/agreements?view=ending", "/admin/agreements/new",
                "/admin/agreements/" + agreement.id(), "/admin/al-quds",
                "/admin/al-quds/new", "/admin/emergency-contacts", "/admin/emergency-contacts/MA", "/admin/fund", "/admin/fund/calls/new",
                "/admin/fund/calls/" + call.id(), "/admin/fund/calls/" + call.id() + "/ranking", "/admin/fund/requests",
                "/admin/fund/requests/" + project.id(), "/admin/fund/requests/" + underReview.id(), "/admin/museums",
                "/admin/museums/new", "/admin/museums/" + museum.id(), "/admin/collections", "/admin/collections/new",
                "/admin/collections/" + object.id(), "/admin/alerts", "/admin/alerts/new", "/admin/alerts/" + alert.id(),
                "/admin/exhibitions", "/admin/exhibitions/new", "/admin/exhibitions/" + exhibition.id(),
                "/admin/exhibitions/" + exhibition.id() + "/sections/1", "/admin/exhibitions/" + exhibition.id() + "/sections/new",
                "/admin/museum-events", "/admin/museum-events/new", "/admin/museum-events/" + talk.id(),
                "/admin/collections/import", "/admin/risk-contributions", "/admin/risk-contributions?status=ACCEPTED",
                "/admin/risk-contributions/" + waiting.id(), "/admin/risk-contributions/" + accepted.id());
        String axe = new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
        // axe comes with every page the browser opens, rather than sent over the driver to each of some 300 pages
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", axe));

        List<String> violations = new ArrayList<>();
        for (String lang : List.of("ar", "en", "fr")) {
            for (String page : publicPages) {
                violations.addAll(check(lang, page, axe));
            }
        }
        signIn();
        for (String lang : List.of("ar", "en", "fr")) {
            for (String page : backOffice) {
                violations.addAll(check(lang, page, axe));
            }
        }
        // the state's side of the Support Fund, as its focal point sees it
        browser.manage().deleteAllCookies();
        signInAs(focal.email());
        for (String lang : List.of("ar", "en", "fr")) {
            for (String page : List.of("/admin/fund/requests", "/admin/fund/requests/new", "/admin/fund/requests/new?emergency",
                    "/admin/fund/requests/" + draftRequest.id(), "/admin/fund/requests/" + project.id())) {
                violations.addAll(check(lang, page, axe));
            }
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    private void signInAs(String email) {
        browser.get(url("/en/login"));
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(org.turath.fund.FundFixture.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signIn() {
        String email = "a11y." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Accessibility", PASSWORD, Language.EN, "Centre", Set.of(Role.ADMIN, Role.SECRETARIAT), Set.of());
        browser.get(url("/en/login"));
        browser.findElement(By.id("login-email")).sendKeys(email);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/en/admin/nominations"));
    }

    @SuppressWarnings("unchecked")
    private List<String> check(String lang, String page, String axe) {
        String path = "/" + lang + page;
        browser.get(url(path));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        // a map's markers are checked once drawn, not while its clusters are being made
        if (!browser.findElements(org.openqa.selenium.By.cssSelector(".museums-map, #results-map")).isEmpty()) {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(org.openqa.selenium.By.cssSelector(".map-ready, .map-failed")).isEmpty());
        }
        if (!Boolean.TRUE.equals(script.executeScript("return typeof axe === 'object'"))) {
            script.executeScript(axe);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> found = new ArrayList<>();
        for (Object violation : (List<Object>) result) {
            found.add(path + " → " + violation);
        }
        return found;
    }
}
