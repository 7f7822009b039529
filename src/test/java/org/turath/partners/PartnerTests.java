package org.turath.partners;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.Partner;
import org.turath.partners.domain.Party;
import org.turath.partners.internal.AgreementReminders;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;
import org.turath.support.Visitor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners and agreements as the secretariat keeps them and the public reads them: a funding plan that does not add up
 * is refused with what was typed kept, amounts and contacts stay confidential unless said otherwise, the signed document
 * must be a real PDF, and the person who keeps an agreement is reminded before it ends — once per reminder.
 */
@IntegrationTest
class PartnerTests {

    private static final String PASSWORD = "partners of the centre, kept with care";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsApi accounts;

    @Autowired
    PartnerDesk desk;

    @Autowired
    AgreementReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    private Visitor signedIn(Role role) throws Exception {
        String email = "partners." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Partners " + role, PASSWORD, Language.EN, "Centre", Set.of(role), Set.of());
        Visitor visitor = new Visitor(mvc, "10.71." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200 + 1));
        visitor.signIn(email, PASSWORD);
        return visitor;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String newPartner(Visitor secretariat, String slug, String name, String kind, String contacts) throws Exception {
        Document form = Jsoup.parse(secretariat.get("/en/admin/partners/new").getContentAsString());
        MockHttpServletResponse created = secretariat.post("/en/admin/partners/new", Map.of("name.en", name, "name.ar", "شريك " + name,
                "kind", kind, "country", "MA", "slug", slug, "contacts", contacts, "submission", form.select("input[name=submission]").val()));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        return jdbc.queryForObject("select id from partner where slug = ?", String.class, slug);
    }

    private Map<String, String> agreement(String title, List<String> parties, List<String> percents, List<String> amounts) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "COOPERATION");
        form.put("title.en", title);
        form.put("title.fr", title + " (fr)");
        form.put("purpose.en", "Documentation of caravanserais");
        form.put("concluded", "on");
        form.put("signedOn", LocalDate.now().minusMonths(36).plusDays(60).toString());
        form.put("termMonths", "36");
        form.put("renewal", "DECISION");
        form.put("currency", "USD");
        form.put("total", "300,000");
        form.put("keeper", "keeper." + suffix() + "@example.org");
        for (int i = 0; i < parties.size(); i++) {
            form.put("party[" + i + "]", parties.get(i));
            form.put("percent[" + i + "]", percents.get(i));
            form.put("amount[" + i + "]", amounts.get(i));
        }
        return form;
    }

    @Test
    void aFundingPlanThatDoesNotAddUpIsRefusedWithTheTypingKeptAndOnceFixedTheAgreementIsPublicWithoutItsAmounts() throws Exception {
        Visitor secretariat = signedIn(Role.SECRETARIAT);
        String s = suffix();
        String a = newPartner(secretariat, "centre-" + s, "Centre " + s, "INTERNATIONAL", "Director: +212 600 000 000");
        String b = newPartner(secretariat, "university-" + s, "University " + s, "UNIVERSITY", "Dean's office");
        String c = newPartner(secretariat, "museum-" + s, "Museum " + s, "MUSEUM", "Curator");
        String title = "Caravanserai survey " + s;

        Document form = Jsoup.parse(secretariat.get("/en/admin/agreements/new").getContentAsString());
        Map<String, String> wrong = agreement(title, List.of(a, b, c), List.of("50", "30", "10"), List.of("150000", "90000", "30000"));
        wrong.put("submission", form.select("input[name=submission]").val());
        MockHttpServletResponse refused = secretariat.post("/en/admin/agreements/new", wrong);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#e-shares").text()).isEqualTo("The shares do not add up to 100 %.");
        assertThat(page.select("input[name='percent[2]']").val()).isEqualTo("10");
        assertThat(page.select("input[name='title.en']").val()).isEqualTo(title);
        assertThat(page.select("select[name='party[1]'] option[selected]").val()).isEqualTo(b);
        assertThat(jdbc.queryForObject("select count(*) from agreement where title_en = ?", Integer.class, title)).isZero();

        Map<String, String> right = new HashMap<>(wrong);
        right.put("percent[2]", "20");
        right.put("amount[2]", "60 000");
        MockHttpServletResponse saved = secretariat.post("/en/admin/agreements/new", right);
        assertThat(saved.getStatus()).isEqualTo(302);
        // the same form posted again (a double click) leads to the same agreement
        assertThat(secretariat.post("/en/admin/agreements/new", right).getRedirectedUrl()).isEqualTo(saved.getRedirectedUrl());
        assertThat(jdbc.queryForObject("select count(*) from agreement where title_en = ?", Integer.class, title)).isEqualTo(1);

        Visitor reader = new Visitor(mvc, "10.72.0.1");
        String shown = reader.get("/fr/partners/university-" + s).getContentAsString();
        Document publicPage = Jsoup.parse(shown);
        assertThat(publicPage.select("main").text()).contains(title + " (fr)", "Centre " + s, "Museum " + s, "Arrive à échéance")
                .doesNotContain("Dean's office", "150", "60 000", "USD", "$");
        assertThat(reader.get("/en/partners").getContentAsString()).contains("/en/partners/museum-" + s);
        // described for search engines and harvesters as the organisation it is, names tagged with their language
        String jsonLd = publicPage.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).doesNotContain("Dean");
        tools.jackson.databind.JsonNode organisation = tools.jackson.databind.json.JsonMapper.builder().build().readTree(jsonLd);
        assertThat(organisation.get("@type").asString()).isEqualTo("CollegeOrUniversity");
        assertThat(organisation.get("address").get("addressCountry").asString()).isEqualTo("MA");
        assertThat(organisation.get("name").valueStream().filter(name -> name.get("@language").asString().equals("en"))
                .map(name -> name.get("@value").asString()).toList()).containsExactly("University " + s);

        // the secretariat makes the amounts public
        String id = saved.getRedirectedUrl().replaceAll(".*/admin/agreements/([0-9a-f-]{36}).*", "$1");
        secretariat.get("/en/admin/agreements/" + id);
        Map<String, String> open = new HashMap<>(right);
        open.remove("submission");
        open.put("amountsPublic", "on");
        open.put("version", jdbc.queryForObject("select row_version from agreement where id = ?::uuid", String.class, id));
        assertThat(secretariat.post("/en/admin/agreements/" + id, open).getStatus()).isEqualTo(302);
        assertThat(Jsoup.parse(reader.get("/en/partners/university-" + s).getContentAsString()).select("main").text())
                .contains("$300,000.00", "$60,000.00", "20%");
        // the same page posted again is stale: nothing changes, the person is told
        MockHttpServletResponse stale = secretariat.post("/en/admin/agreements/" + id, open);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Someone else changed this record");
    }

    @Test
    void aPartnerWithOnlyADraftIsNotShownAndTheBackOfficeIsTheSecretariatsOnly() throws Exception {
        Visitor secretariat = signedIn(Role.SECRETARIAT);
        String s = suffix();
        String a = newPartner(secretariat, "draft-a-" + s, "Draft A " + s, "FOUNDATION", "x");
        String b = newPartner(secretariat, "draft-b-" + s, "Draft B " + s, "PRIVATE", "y");
        secretariat.get("/en/admin/agreements/new");
        Map<String, String> draft = agreement("Draft " + s, List.of(a, b), List.of("", ""), List.of("", ""));
        draft.remove("concluded");
        draft.remove("signedOn");
        draft.remove("total");
        draft.remove("currency");
        assertThat(secretariat.post("/en/admin/agreements/new", draft).getStatus()).isEqualTo(302);

        Visitor reader = new Visitor(mvc, "10.72.0.2");
        assertThat(reader.get("/en/partners/draft-a-" + s).getStatus()).isEqualTo(404);
        assertThat(reader.get("/en/partners?kind=FOUNDATION").getContentAsString()).doesNotContain("draft-a-" + s);
        assertThat(reader.get("/en/admin/agreements").getStatus()).isEqualTo(302);
        assertThat(signedIn(Role.EVALUATOR).get("/en/admin/agreements").getStatus()).isEqualTo(403);
        assertThat(signedIn(Role.FOCAL_POINT).get("/en/admin/partners/new").getStatus()).isEqualTo(403);
    }

    @Test
    void theSignedDocumentMustBeAPdfAReaderCanOpenAndOnlyTheSecretariatDownloadsIt() throws Exception {
        Visitor secretariat = signedIn(Role.SECRETARIAT);
        String s = suffix();
        String a = newPartner(secretariat, "doc-a-" + s, "Doc A " + s, "GOVERNMENT", "x");
        String b = newPartner(secretariat, "doc-b-" + s, "Doc B " + s, "UNIVERSITY", "y");
        secretariat.get("/en/admin/agreements/new");
        String id = secretariat.post("/en/admin/agreements/new", agreement("Doc " + s, List.of(a, b), List.of("60", "40"),
                List.of("180000", "120000"))).getRedirectedUrl().replaceAll(".*/admin/agreements/([0-9a-f-]{36}).*", "$1");
        secretariat.get("/en/admin/agreements/" + id);
        String version = jdbc.queryForObject("select row_version from agreement where id = ?::uuid", String.class, id);

        MockHttpServletResponse fake = secretariat.upload("/en/admin/agreements/" + id + "/document", Map.of("version", version), "document",
                "signed.pdf", "application/pdf", "%PDF-1.7\nnot really a document\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(fake.getStatus()).isEqualTo(422);
        assertThat(fake.getContentAsString()).contains("The PDF cannot be read.");
        MockHttpServletResponse text = secretariat.upload("/en/admin/agreements/" + id + "/document", Map.of("version", version), "document",
                "signed.pdf", "application/pdf", "plain words".getBytes(StandardCharsets.US_ASCII));
        assertThat(text.getContentAsString()).contains("The file is not a PDF.");

        byte[] pdf = pdf();
        assertThat(secretariat.upload("/en/admin/agreements/" + id + "/document", Map.of("version", version), "document",
                "مذكرة موقعة.pdf", "application/pdf", pdf).getRedirectedUrl()).endsWith("?done=document");
        MockHttpServletResponse download = secretariat.get("/en/admin/agreements/" + id + "/document");
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        assertThat(signedIn(Role.EVALUATOR).get("/en/admin/agreements/" + id + "/document").getStatus()).isEqualTo(403);
    }

    @Test
    void theKeeperIsRemindedNinetyAndThirtyDaysBeforeTheEndOnceEachAndTacitRenewalsGoOn() throws Exception {
        Actor secretariat = new Actor("partners.desk@example.org", Set.of(Role.SECRETARIAT), Set.of());
        String s = suffix();
        Partner a = desk.createPartner(secretariat, Optional.empty(), details("rem-a-" + s));
        Partner b = desk.createPartner(secretariat, Optional.empty(), details("rem-b-" + s));
        String keeper = "keeper." + s + "@example.org";
        LocalDate today = LocalDate.now();
        Agreement in80Days = desk.create(secretariat, Optional.empty(), agreementDetails(a, b, today.minusMonths(36).plusDays(80),
                Renewal.NONE, keeper, "Ends in 80 days " + s));
        Agreement in20Days = desk.create(secretariat, Optional.empty(), agreementDetails(a, b, today.minusMonths(36).plusDays(20),
                Renewal.TACIT, keeper, "Ends in 20 days " + s));
        Agreement lapsed = desk.create(secretariat, Optional.empty(), agreementDetails(a, b, today.minusMonths(37),
                Renewal.TACIT, keeper, "Renews itself " + s));

        reminders.sendDue();
        MimeMessage first = Mailbox.await(mail, keeper, subject -> subject.contains("Ends in 80 days " + s));
        assertThat(Mailbox.subject(first)).contains("days");
        Mailbox.await(mail, keeper, subject -> subject.contains("Ends in 20 days " + s));
        // a second run, on this node or another, sends nothing more
        reminders.sendDue();
        Thread.sleep(1_500);
        long toKeeper = Arrays.stream(mail.getReceivedMessages()).filter(m -> Mailbox.recipient(m).equals(keeper)).count();
        assertThat(toKeeper).isEqualTo(2);

        Agreement renewed = desk.agreement(secretariat, lapsed.id());
        assertThat(renewed.terms()).hasSize(2);
        assertThat(renewed.status(today)).isEqualTo(AgreementStatus.RENEWED);
        assertThat(desk.ending(secretariat, Optional.empty(), 500).items()).extracting(Agreement::id)
                .contains(in80Days.id(), in20Days.id()).doesNotContain(lapsed.id());
    }

    @Test
    void aLogoIsAnImageRedrawnAsAPngAndServedOnlyForAPartnerShownInPublic() throws Exception {
        Visitor secretariat = signedIn(Role.SECRETARIAT);
        String s = suffix();
        String a = newPartner(secretariat, "logo-a-" + s, "Logo A " + s, "MUSEUM", "x");
        String b = newPartner(secretariat, "logo-b-" + s, "Logo B " + s, "MUSEUM", "y");
        secretariat.get("/en/admin/partners/" + a);
        String version = jdbc.queryForObject("select row_version from partner where id = ?::uuid", String.class, a);
        MockHttpServletResponse notImage = secretariat.upload("/en/admin/partners/" + a + "/logo", Map.of("version", version), "logo",
                "logo.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.getStatus()).isEqualTo(422);
        assertThat(notImage.getContentAsString()).contains("The file is not a readable PNG, JPEG, WebP or GIF image.");

        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1200, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", jpeg);
        assertThat(secretariat.upload("/en/admin/partners/" + a + "/logo", Map.of("version", version), "logo", "logo.jpg", "image/jpeg",
                jpeg.toByteArray()).getRedirectedUrl()).endsWith("?logo");

        Visitor reader = new Visitor(mvc, "10.72.0.3");
        // no concluded agreement yet: nothing of the partner is public, its logo neither
        assertThat(reader.get("/partners/logo/logo-a-" + s + ".png").getStatus()).isEqualTo(404);
        secretariat.get("/en/admin/agreements/new");
        assertThat(secretariat.post("/en/admin/agreements/new", agreement("Logo " + s, List.of(a, b), List.of("", ""), List.of("", "")))
                .getStatus()).isEqualTo(422);
        Map<String, String> noPlan = agreement("Logo " + s, List.of(a, b), List.of("", ""), List.of("", ""));
        noPlan.remove("total");
        noPlan.remove("currency");
        assertThat(secretariat.post("/en/admin/agreements/new", noPlan).getStatus()).isEqualTo(302);
        MockHttpServletResponse logo = reader.get("/partners/logo/logo-a-" + s + ".png");
        assertThat(logo.getStatus()).isEqualTo(200);
        assertThat(logo.getContentType()).isEqualTo("image/png");
        java.awt.image.BufferedImage served = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo.getContentAsByteArray()));
        assertThat(served.getWidth()).isEqualTo(400);
        assertThat(reader.get("/en/partners/logo-a-" + s).getContentAsString()).contains("/partners/logo/logo-a-" + s + ".png");
    }

    @Test
    void partnersAreListedInTheAlphabeticalOrderOfThePagesLanguageAndEveryPageOfTheWalkShowsEachOnce() {
        String s = suffix();
        Actor secretariat = new Actor("order." + s + "@example.org", Set.of(Role.SECRETARIAT), Set.of());
        // slugs in one order, English names in another, Arabic names in a third
        Partner first = desk.createPartner(secretariat, Optional.empty(), named("aa-order-" + s, s + " جامعة تاء", s + " Zeta University"));
        Partner second = desk.createPartner(secretariat, Optional.empty(), named("mm-order-" + s, s + " جامعة ألف", s + " Beta University"));
        Partner third = desk.createPartner(secretariat, Optional.empty(), named("zz-order-" + s, s + " جامعة باء", s + " Alpha University"));

        assertThat(walk(secretariat, Language.EN, s)).containsExactly(third.slug(), second.slug(), first.slug());
        assertThat(walk(secretariat, Language.AR, s)).containsExactly(second.slug(), third.slug(), first.slug());
        // no French name: French readers get the next language's, in French order
        assertThat(walk(secretariat, Language.FR, s)).containsExactly(third.slug(), second.slug(), first.slug());

        // renamed, it moves
        desk.updatePartner(secretariat, first.id(), first.version(), named("aa-order-" + s, s + " جامعة ألف ألف", s + " Aardvark University"));
        assertThat(walk(secretariat, Language.EN, s)).containsExactly(first.slug(), third.slug(), second.slug());
        assertThat(walk(secretariat, Language.AR, s)).containsExactly(second.slug(), first.slug(), third.slug());
    }

    /** The slugs of this test's partners, in the order a walk of the whole list two at a time meets them (each once). */
    private List<String> walk(Actor actor, Language language, String s) {
        List<String> met = new java.util.ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            org.turath.shared.Slice<Partner> page = desk.partners(actor, "", language, cursor, 2);
            page.items().stream().map(Partner::slug).filter(slug -> slug.endsWith("-order-" + s))
                    .forEach(met::add);
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return met;
    }

    private static Partner.Details named(String slug, String arabic, String english) {
        return new Partner.Details(slug, new LocalizedText(arabic, english, null), null, PartnerKind.UNIVERSITY, null, null,
                LocalizedText.empty(), null);
    }

    private static Partner.Details details(String slug) {
        return new Partner.Details(slug, new LocalizedText(null, slug, null), null, PartnerKind.UNIVERSITY, null, null,
                LocalizedText.empty(), null);
    }

    private static Agreement.Details agreementDetails(Partner a, Partner b, LocalDate signed, Renewal renewal, String keeper, String title) {
        return new Agreement.Details(AgreementKind.MEMORANDUM, new LocalizedText(null, title, null), LocalizedText.empty(), true, signed,
                Agreement.Precision.DAY, 36, renewal, null, null, false,
                List.of(new Party(a.id().value(), null, null), new Party(b.id().value(), null, null)), List.of(), null, keeper);
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
