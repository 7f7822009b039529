package org.turath.faults;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The corpus of hostile and broken inputs ({@code src/test/resources/corpus}) against every public
 * query parameter and path id, the open-data API, sign-in and the nomination forms: never a 500,
 * HTML answers in the request's language with nothing unescaped, API errors as problem documents,
 * and text that forms keep comes back escaped.
 */
@IntegrationTest
class HostileInputTests {

    private static final List<String> PUBLIC_PARAMETERS = List.of(
            "/ar/heritage?state=", "/en/heritage?kind=", "/fr/heritage?status=", "/en/heritage?sort=", "/ar/heritage?cursor=",
            "/en/heritage?page=", "/en/heritage?region=", "/en/heritage?criterion=", "/en/heritage?decade=", "/en/heritage?danger=",
            "/ar/search?q=", "/en/search?state=", "/en/search?box=", "/fr/search?near=", "/en/search?km=", "/en/search?page=",
            "/en/search?type=", "/en/search?cursor=", "/ar/search/suggest?q=", "/en/map?box=", "/en/map?nearRef=", "/en/map?km=",
            "/en/figures/nominations-decisions.csv?from=", "/ar/committee/sessions?cursor=", "/en/trainings?cursor=", "/fr/trainings/calendar?month=",
            "/ar/certificates?code=", "/en/publications?cursor=", "/fr/news?cursor=", "/ar/feedback?from=",
            "/ar/heritage-at-risk?factor=", "/en/heritage-at-risk?from=", "/fr/heritage-at-risk?cursor=",
            "/ar/partners?kind=", "/en/partners?country=", "/fr/partners?cursor=", "/en/figures?state=", "/ar/figures?from=",
            "/fr/figures?until=", "/en/figures/list-kinds.csv?state=", "/ar/al-quds?cursor=", "/fr/emergency-guide?state=",
            "/en/support-fund?state=", "/fr/support-fund?cursor=", "/ar/museums?state=", "/en/museums?kind=", "/fr/museums?city=",
            "/ar/museums?cursor=", "/ar/collections?museum=", "/en/collections?cursor=",
            "/en/alerts?status=", "/fr/alerts?cursor=", "/ar/exhibitions?cursor=", "/ar/heritage-at-risk/contribute?item=",
            "/en/heritage-at-risk/contribute?kind=", "/fr/heritage-at-risk/from-the-public?item=",
            "/ar/heritage-at-risk/contribute/confirm?token=");
    private static final List<String> API_PARAMETERS = List.of(
            "/api/v1/heritage?cursor=", "/api/v1/heritage?limit=", "/api/v1/heritage?lang=", "/api/v1/heritage?state=",
            "/api/v1/search?q=", "/api/v1/search?limit=", "/api/v1/search?box=", "/api/v1/search/suggest?q=",
            "/api/v1/search/markers?q=", "/api/v1/reports?state=", "/api/v1/museums?city=", "/api/v1/museums?cursor=",
            "/api/v1/museums/markers?kind=", "/api/v1/alerts?status=", "/api/v1/alerts?cursor=");
    private static final List<String> PATH_IDS = List.of("/en/heritage/", "/ar/states/", "/api/v1/heritage/",
            "/en/committee/sessions/", "/fr/trainings/", "/ar/certificates/", "/en/publications/", "/fr/news/",
            "/ar/heritage-at-risk/reports/", "/en/partners/",
            "/fr/support-fund/projects/", "/ar/support-fund/calls/", "/en/museums/", "/api/v1/museums/",
            "/fr/collections/", "/ar/alerts/", "/api/v1/alerts/", "/en/exhibitions/");

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.turath.learning.internal.TrainingDesk trainings;

    @Autowired
    org.turath.risk.internal.ContributionDesk contributions;

    private final List<String> defects = new ArrayList<>();
    private int requests;

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    @Test
    void theCorpusIsLargeEnough() throws Exception {
        assertThat(payloads().size() + rawQueries().size()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void publicPagesAndTheApiAnswerEveryInputCleanly() throws Exception {
        for (String payload : payloads()) {
            for (String target : PUBLIC_PARAMETERS) {
                check(MockMvcRequestBuilders.get(target + "{value}", payload), target, payload, lang(target), false);
            }
            for (String target : API_PARAMETERS) {
                check(MockMvcRequestBuilders.get(target + "{value}", payload), target, payload, null, true);
            }
            if (payload.length() < 2000) {
                for (String target : PATH_IDS) {
                    check(MockMvcRequestBuilders.get(target + "{value}", payload), target, payload, lang(target), target.startsWith("/api"));
                }
            }
        }
        for (String query : rawQueries()) {
            for (String path : List.of("/ar/search", "/en/heritage", "/api/v1/search", "/api/v1/heritage")) {
                check(MockMvcRequestBuilders.get(path).with(r -> {
                    // what a server hands on for these bytes: the raw query string and leniently decoded parameters
                    r.setQueryString(query);
                    for (String pair : query.split("&", -1)) {
                        int equals = pair.indexOf('=');
                        r.addParameter(lenient(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : lenient(pair.substring(equals + 1)));
                    }
                    return r;
                }), path + "?", query, path.startsWith("/api") ? null : path.substring(1, 3), path.startsWith("/api"));
            }
        }
        assertThat(requests).isGreaterThan(7000);
        assertThat(defects).isEmpty();
    }

    @Test
    void signInAndTheNominationFormsKeepOrRefuseEveryInputAndShowItEscaped() throws Exception {
        var focal = user("corpus.focal@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_FOCAL_POINT"),
                new org.springframework.security.core.authority.SimpleGrantedAuthority("STATE_MA"));
        String file = null;
        for (String payload : payloads()) {
            // sign-in, from an address of its own (the throttle answers 429 there, not for everyone else)
            MockHttpServletResponse login = mvc.perform(MockMvcRequestBuilders.post("/login").param("email", payload)
                    .param("password", payload).param("lang", "ar").with(csrf()).with(r -> {
                        r.setRemoteAddr("10.66." + (requests % 200) + ".1");
                        return r;
                    })).andReturn().getResponse();
            record("POST /login", payload, login, null, false);

            // a new nomination named with the input
            MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.post("/en/admin/nominations/new")
                    .param("state", "MA").param("kind", "CULTURAL").param("name.en", payload).param("name.ar", payload)
                    .with(focal).with(csrf())).andReturn().getResponse();
            record("POST /en/admin/nominations/new", payload, created, "en", false);
            if (created.getStatus() == 302 && created.getRedirectedUrl().contains("?created")) {
                String path = created.getRedirectedUrl().replaceAll("\\?.*", "");
                file = path;
                MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get(path).with(focal)).andReturn().getResponse();
                record("GET the new file", payload, page, "en", false);
            } else if (created.getStatus() != 422) {
                defects.add("POST /en/admin/nominations/new: " + created.getStatus() + " for " + shown(payload));
            }

            // a section of that file
            if (file != null) {
                UUID id = UUID.fromString(file.substring(file.lastIndexOf('/') + 1));
                long version = jdbc.queryForObject("select row_version from nomination_file where id = ?", Long.class, id);
                MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post(file + "/sections/history")
                        .param("version", String.valueOf(version)).param("history.history.ar", payload)
                        .param("history.history.en", payload).with(focal).with(csrf())).andReturn().getResponse();
                record("POST section", payload, saved, "en", false);
                if (saved.getStatus() == 302) {
                    MockHttpServletResponse section = mvc.perform(MockMvcRequestBuilders.get(file + "/sections/history").with(focal))
                            .andReturn().getResponse();
                    record("GET section", payload, section, "en", false);
                } else if (saved.getStatus() != 422) {
                    defects.add("POST section: " + saved.getStatus() + " for " + shown(payload));
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void theConditionReportFormKeepsOrRefusesEveryInputAndShowsItEscaped() throws Exception {
        var secretariat = user("corpus.secretariat@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        String item = registry.referenceOf(21);
        for (String payload : payloads()) {
            // every free field and every coded one gets the input; a field that codes must refuse it, one that keeps text
            // must keep it and show it escaped
            MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.post("/fr/admin/risk/new")
                    .param("item", payload.length() < 40 ? item : payload).param("assessedOn", "2025-01-10")
                    .param("assessment", "field-visit").param("assessor", payload).param("condition", "poor").param("extent", "1-10")
                    .param("summary.ar", payload).param("summary.fr", payload).param("action.en", payload).param("sources", payload)
                    .param("causeFactor[0]", "9.4").param("causeCertainty[0]", payload.length() % 2 == 0 ? "high" : payload)
                    .param("effects", payload.length() % 3 == 0 ? "collapse" : payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /fr/admin/risk/new", payload, created, "fr", false);
            // and an entry of the Al-Quds observatory
            MockHttpServletResponse entry = mvc.perform(MockMvcRequestBuilders.post("/ar/admin/al-quds/new")
                    .param("occurredOn", payload.length() % 2 == 0 ? "2020-03" : payload).param("kind", "DAMAGE")
                    .param("landmark", payload.length() % 3 == 0 ? "al-aqsa" : payload).param("place.fr", payload).param("title.en", payload)
                    .param("description.ar", payload).param("citation[0]", payload).param("sourceDate[0]", "2021-01-05")
                    .param("link[0]", payload).with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /ar/admin/al-quds/new", payload, entry, "ar", false);
            if (entry.getStatus() == 302) {
                record("GET the new entry", payload, mvc.perform(MockMvcRequestBuilders.get(entry.getRedirectedUrl().replaceAll("\\?.*", ""))
                        .with(secretariat)).andReturn().getResponse(), "ar", false);
            } else if (entry.getStatus() != 422) {
                defects.add("POST /ar/admin/al-quds/new: " + entry.getStatus() + " for " + shown(payload));
            }
            // a report from the public sent at once: sent back with every field kept (and escaped), nothing kept
            MockHttpServletResponse sent = mvc.perform(MockMvcRequestBuilders.post("/ar/heritage-at-risk/contribute")
                    .param("item", payload.length() % 2 == 0 ? item : payload).param("kind", payload.length() % 3 == 0 ? "DAMAGE" : payload)
                    .param("observedOn", payload).param("description", payload).param("sender", payload).param("email", payload)
                    .param("credit", payload).param("licence", payload).param("consent", payload).param("sharePlace", payload)
                    .param("shown", payload).with(csrf()).with(r -> {
                        r.setRemoteAddr("10.68." + (payload.length() % 250) + "." + (Math.abs(payload.hashCode()) % 250 + 1));
                        return r;
                    })).andReturn().getResponse();
            record("POST /ar/heritage-at-risk/contribute", payload, sent, "ar", false);
            if (sent.getStatus() != 422 && sent.getStatus() != 400) {
                defects.add("POST /ar/heritage-at-risk/contribute: " + sent.getStatus() + " for " + shown(payload));
            }
            // and what the public sent (cleaned as the form cleans it), as the moderator reads it and answers it
            org.turath.risk.domain.Contribution contribution = contributions.send(new org.turath.risk.internal.ContributionDesk.Sending(
                    item, org.turath.risk.domain.Contribution.Kind.THREAT, null,
                    fit(org.turath.shared.TextInput.block(payload), 4000), fit(org.turath.shared.TextInput.line(payload), 200),
                    "corpus@example.org",
                    org.turath.shared.Language.FR, true, false, org.turath.risk.domain.Contribution.Licence.CC_BY_4_0, null));
            jdbc.update("update risk_contribution set status = 'WAITING' where id = ?", contribution.id().value());
            MockHttpServletResponse decided = mvc.perform(MockMvcRequestBuilders.post("/fr/admin/risk-contributions/" + contribution.id())
                    .param("decision", payload.length() % 2 == 0 ? "accept" : payload).param("version", "0").param("answer", payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST a decision", payload, decided, "fr", false);
            record("GET what the public sent", payload, mvc.perform(MockMvcRequestBuilders.get("/fr/admin/risk-contributions/"
                    + contribution.id()).with(secretariat)).andReturn().getResponse(), "fr", false);
            if (created.getStatus() == 302 && created.getRedirectedUrl().contains("?saved")) {
                MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get(created.getRedirectedUrl().replaceAll("\\?.*", ""))
                        .with(secretariat)).andReturn().getResponse();
                record("GET the new report", payload, page, "fr", false);
            } else if (created.getStatus() != 422) {
                defects.add("POST /fr/admin/risk/new: " + created.getStatus() + " for " + shown(payload));
            }
        }
        // every payload accepted above is on the item's page, as visitors read it
        MockHttpServletResponse itemPage = mvc.perform(MockMvcRequestBuilders.get("/fr/heritage/" + item)).andReturn().getResponse();
        for (String payload : payloads()) {
            record("GET the item's page", payload, itemPage, "fr", false);
        }
        MockHttpServletResponse allSent = mvc.perform(MockMvcRequestBuilders.get("/fr/heritage-at-risk/from-the-public?item=" + item))
                .andReturn().getResponse();
        for (String payload : payloads()) {
            record("GET what the public sent on the item", payload, allSent, "fr", false);
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void theMuseumFormKeepsOrRefusesEveryInputAndShowsItEscaped() throws Exception {
        var secretariat = user("corpus.museums@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        int n = 0;
        for (String payload : payloads()) {
            n++;
            MockHttpServletResponse museum = mvc.perform(MockMvcRequestBuilders.post("/ar/admin/museums/new")
                    .param("name.en", payload).param("name.ar", payload).param("kind", n % 2 == 0 ? "NATIONAL" : payload)
                    .param("state", n % 3 == 0 ? "MA" : payload).param("city.fr", payload).param("latitude", n % 3 == 0 ? "34" : payload)
                    .param("longitude", n % 3 == 0 ? "-5" : payload).param("founded", payload).param("website", payload)
                    .param("contacts", payload).param("hours.ar", payload).param("accessibility.en", payload)
                    .param("description.fr", payload).param("sources", payload).param("heritage", payload)
                    .param("reference", n % 4 == 0 ? payload : "").with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /ar/admin/museums/new", payload, museum, "ar", false);
            if (museum.getStatus() == 302) {
                record("GET the new museum", payload, mvc.perform(MockMvcRequestBuilders.get(museum.getRedirectedUrl().replaceAll("\\?.*", ""))
                        .with(secretariat)).andReturn().getResponse(), "ar", false);
            } else if (museum.getStatus() != 422) {
                defects.add("POST /ar/admin/museums/new: " + museum.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void theObjectFormKeepsOrRefusesEveryInputAndShowsItEscaped() throws Exception {
        var secretariat = user("corpus.collections@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        for (String payload : payloads()) {
            MockHttpServletResponse object = mvc.perform(MockMvcRequestBuilders.post("/fr/admin/collections/new")
                    .param("museum", payload).param("inventoryNumber", payload).param("title.ar", payload).param("title.en", payload)
                    .param("objectType.fr", payload).param("materials.en", payload).param("height", payload).param("weight", payload)
                    .param("inscription", payload).param("inscriptionLanguage", payload).param("inscriptionNote.ar", payload)
                    .param("period.fr", payload).param("yearFrom", payload).param("yearTo", payload).param("maker.en", payload)
                    .param("description.ar", payload).param("provenance.fr", payload).param("heritage", payload)
                    .param("related", payload).param("reference", payload).param("sources", payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /fr/admin/collections/new", payload, object, "fr", false);
            if (object.getStatus() != 422) {
                defects.add("POST /fr/admin/collections/new: " + object.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void theAlertFormKeepsOrRefusesEveryInputAndShowsItEscaped() throws Exception {
        var secretariat = user("corpus.alerts@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        for (String payload : payloads()) {
            MockHttpServletResponse alert = mvc.perform(MockMvcRequestBuilders.post("/ar/admin/alerts/new")
                    .param("event", payload).param("eventDate", payload).param("state", payload).param("museum", payload)
                    .param("reporter", payload).param("place.fr", payload).param("title.ar", payload).param("objectType.en", payload)
                    .param("materials.ar", payload).param("period.fr", payload).param("features.en", payload)
                    .param("description.ar", payload).param("inscription", payload).param("height", payload).param("width", payload)
                    .param("policeReference", payload).param("interpolReference", payload).param("redList", payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /ar/admin/alerts/new", payload, alert, "ar", false);
            if (alert.getStatus() != 422) {
                defects.add("POST /ar/admin/alerts/new: " + alert.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void theExhibitionAndSectionFormsKeepOrRefuseEveryInputAndShowItEscaped() throws Exception {
        var secretariat = user("corpus.exhibitions@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        String slug = "corpus-exhibition-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(MockMvcRequestBuilders.post("/en/admin/exhibitions/new").param("kind", "VIRTUAL").param("reference", slug)
                .param("title.en", "Corpus exhibition").with(secretariat).with(csrf())).andReturn();
        String id = jdbc.queryForObject("select id from exhibition where reference = ?", String.class, slug);
        for (String payload : payloads()) {
            MockHttpServletResponse exhibition = mvc.perform(MockMvcRequestBuilders.post("/fr/admin/exhibitions/new")
                    .param("kind", payload).param("museum", payload).param("reference", payload).param("title.ar", payload)
                    .param("introduction.fr", payload).param("sources", payload).param("rightToLeft", payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /fr/admin/exhibitions/new", payload, exhibition, "fr", false);
            if (exhibition.getStatus() != 422) {
                defects.add("POST /fr/admin/exhibitions/new: " + exhibition.getStatus() + " for " + shown(payload));
            }
            MockHttpServletResponse event = mvc.perform(MockMvcRequestBuilders.post("/en/admin/museum-events/new")
                    .param("museum", payload).param("exhibition", payload).param("kind", payload).param("title.fr", payload)
                    .param("description.ar", payload).param("starts", payload).param("ends", payload).param("timeZone", payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /en/admin/museum-events/new", payload, event, "en", false);
            if (event.getStatus() != 422) {
                defects.add("POST /en/admin/museum-events/new: " + event.getStatus() + " for " + shown(payload));
            }
            MockHttpServletResponse section = mvc.perform(MockMvcRequestBuilders.post("/ar/admin/exhibitions/" + id + "/sections/new")
                    .param("version", payload).param("title.en", payload).param("narrative.ar", payload)
                    .param("pieces[0].kind", payload).param("pieces[0].reference", payload).param("pieces[0].caption.fr", payload)
                    .param("pieces[1].kind", "OBJECT").param("pieces[1].reference", payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /ar/admin/exhibitions/{id}/sections/new", payload, section, "ar", false);
            if (section.getStatus() != 422) {
                defects.add("POST /ar/admin/exhibitions/{id}/sections/new: " + section.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void thePartnerAndAgreementFormsKeepOrRefuseEveryInputAndShowItEscaped() throws Exception {
        var secretariat = user("corpus.partners@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        String[] parties = new String[2];
        for (int i = 0; i < 2; i++) {
            String slug = "corpus-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            mvc.perform(MockMvcRequestBuilders.post("/en/admin/partners/new").param("name.en", slug).param("kind", "UNIVERSITY")
                    .param("slug", slug).with(secretariat).with(csrf())).andReturn();
            parties[i] = jdbc.queryForObject("select id from partner where slug = ?", String.class, slug);
        }
        int n = 0;
        for (String payload : payloads()) {
            n++;
            MockHttpServletResponse partner = mvc.perform(MockMvcRequestBuilders.post("/ar/admin/partners/new")
                    .param("name.en", payload).param("name.ar", payload).param("acronym", payload).param("kind", n % 2 == 0 ? "MUSEUM" : payload)
                    .param("country", n % 3 == 0 ? "MA" : payload).param("website", payload).param("summary.fr", payload)
                    .param("contacts", payload).param("slug", n % 4 == 0 ? payload : "").with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /ar/admin/partners/new", payload, partner, "ar", false);
            if (partner.getStatus() == 302) {
                record("GET the new partner", payload, mvc.perform(MockMvcRequestBuilders.get(partner.getRedirectedUrl().replaceAll("\\?.*", ""))
                        .with(secretariat)).andReturn().getResponse(), "ar", false);
            } else if (partner.getStatus() != 422) {
                defects.add("POST /ar/admin/partners/new: " + partner.getStatus() + " for " + shown(payload));
            }
            MockHttpServletResponse agreement = mvc.perform(MockMvcRequestBuilders.post("/fr/admin/agreements/new")
                    .param("kind", n % 2 == 0 ? "PROJECT" : payload).param("title.en", payload).param("purpose.fr", payload)
                    .param("concluded", "on").param("signedOn", n % 3 == 0 ? "2024-02-01" : payload).param("signedYear", payload)
                    .param("termMonths", n % 5 == 0 ? "36" : payload).param("renewal", "TACIT").param("currency", payload)
                    .param("total", payload).param("party[0]", parties[0]).param("party[1]", n % 2 == 0 ? parties[1] : payload)
                    .param("percent[0]", payload).param("amount[1]", payload).param("outcomeKind[0]", "TRAINING")
                    .param("outcomeAr[0]", payload).param("outcomeLink[0]", payload).param("outcomeYear[0]", payload)
                    .param("sources", payload).param("keeper", n % 2 == 0 ? "keeper@example.org" : payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /fr/admin/agreements/new", payload, agreement, "fr", false);
            if (agreement.getStatus() == 302) {
                record("GET the new agreement", payload, mvc.perform(MockMvcRequestBuilders.get(agreement.getRedirectedUrl().replaceAll("\\?.*", ""))
                        .with(secretariat)).andReturn().getResponse(), "fr", false);
            } else if (agreement.getStatus() != 422) {
                defects.add("POST /fr/admin/agreements/new: " + agreement.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    @Autowired
    org.turath.fund.FundFixture fund;

    @Test
    void theSupportFundFormsKeepOrRefuseEveryInputAndShowItEscaped() throws Exception {
        var secretariat = user("corpus.fund@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SECRETARIAT"));
        var focal = user("corpus.focal@example.org").authorities(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_FOCAL_POINT"),
                new org.springframework.security.core.authority.SimpleGrantedAuthority("STATE_MA"));
        var call = fund.openCall();
        var request = fund.requests().open(new org.turath.accounts.Actor("corpus.focal@example.org",
                java.util.Set.of(org.turath.accounts.Role.FOCAL_POINT), java.util.Set.of("MA")), java.util.Optional.empty(), call.id(), null,
                registry.referenceOf(170), fund.complete("Corpus"));
        var funded = fund.granted(new org.turath.accounts.Actor("corpus.focal@example.org", java.util.Set.of(org.turath.accounts.Role.FOCAL_POINT),
                java.util.Set.of("MA")), call, registry.referenceOf(170), "Corpus funded");
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        int n = 0;
        for (String payload : payloads()) {
            n++;
            MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.post("/en/admin/fund/calls/new")
                    .param("reference", n % 3 == 0 ? "C-" + n : payload).param("title.ar", payload).param("rules.fr", payload)
                    .param("opensOn", n % 2 == 0 ? "2026-01-01" : payload).param("closesOn", "2026-12-31").param("currency", n % 2 == 0 ? "USD" : payload)
                    .param("maxAmount", n % 2 == 0 ? "1000" : payload).param("envelope", payload).param("kinds", n % 2 == 0 ? "MUSEUM" : payload)
                    .param("criterionEn[0]", payload).param("weight[0]", n % 2 == 0 ? "100" : payload)
                    .with(secretariat).with(csrf())).andReturn().getResponse();
            record("POST /en/admin/fund/calls/new", payload, created, "en", false);
            if (created.getStatus() == 302) {
                record("GET the new call", payload, mvc.perform(MockMvcRequestBuilders.get(created.getRedirectedUrl().replaceAll("\\?.*", ""))
                        .with(secretariat)).andReturn().getResponse(), "en", false);
            } else if (created.getStatus() != 422) {
                defects.add("POST /en/admin/fund/calls/new: " + created.getStatus() + " for " + shown(payload));
            }
            String version = String.valueOf(fund.version(request));
            MockHttpServletResponse edited = mvc.perform(MockMvcRequestBuilders.post("/ar/admin/fund/requests/" + request.id())
                    .param("version", version).param("kind", n % 2 == 0 ? "MUSEUM" : payload).param("applicant", payload)
                    .param("title.ar", payload).param("objectives.fr", payload).param("workPlan.en", payload)
                    .param("amount", n % 2 == 0 ? "40000" : payload).param("budgetLabel[0]", payload).param("budgetAmount[0]", payload)
                    .param("budgetCofunding[0]", payload).param("budgetCofunder[0]", payload).param("milestoneTitle[0]", payload)
                    .param("milestoneDue[0]", payload).param("milestoneTranche[0]", payload)
                    .with(focal).with(csrf())).andReturn().getResponse();
            record("POST /ar/admin/fund/requests/{id}", payload, edited, "ar", false);
            if (edited.getStatus() == 302) {
                record("GET the request", payload, mvc.perform(MockMvcRequestBuilders.get("/ar/admin/fund/requests/" + request.id())
                        .with(focal)).andReturn().getResponse(), "ar", false);
            } else if (edited.getStatus() != 422) {
                defects.add("POST /ar/admin/fund/requests/{id}: " + edited.getStatus() + " for " + shown(payload));
            }
            // a person of the applying institution invited: the payload as their name, institution, language or address
            MockHttpServletResponse invited = mvc.perform(MockMvcRequestBuilders.post("/en/admin/fund/requests/" + request.id() + "/invitations")
                    .param("email", n % 4 == 0 ? "corpus.invited." + n + "@example.org" : payload).param("name", payload)
                    .param("institution", payload).param("language", n % 2 == 0 ? "ar" : payload)
                    .with(focal).with(csrf())).andReturn().getResponse();
            record("POST /en/admin/fund/requests/{id}/invitations", payload, invited, "en", false);
            if (invited.getStatus() == 302) {
                record("GET the request's invitations", payload, mvc.perform(MockMvcRequestBuilders.get("/en/admin/fund/requests/" + request.id())
                        .with(focal)).andReturn().getResponse(), "en", false);
            } else if (invited.getStatus() != 422) {
                defects.add("POST /en/admin/fund/requests/{id}/invitations: " + invited.getStatus() + " for " + shown(payload));
            }
            // a photograph of the funded project's work: the payload as its credit, caption and date, or as the file itself
            byte[] file = n % 2 == 0 ? png.toByteArray() : payload.getBytes(StandardCharsets.UTF_8);
            MockHttpServletResponse photo = mvc.perform(MockMvcRequestBuilders.multipart("/fr/admin/fund/requests/" + funded.id() + "/photos")
                    .file(new org.springframework.mock.web.MockMultipartFile("photo", payload.length() > 80 ? "p.png" : payload, "image/png", file))
                    .param("credit", payload).param("caption.ar", payload).param("caption.fr", payload).param("takenOn", n % 3 == 0 ? payload : "")
                    .with(focal).with(csrf())).andReturn().getResponse();
            record("POST /fr/admin/fund/requests/{id}/photos", payload, photo, "fr", false);
            if (photo.getStatus() == 302) {
                record("GET the funded project", payload, mvc.perform(MockMvcRequestBuilders.get("/fr/support-fund/projects/" + funded.reference()))
                        .andReturn().getResponse(), "fr", false);
            } else if (photo.getStatus() != 422) {
                defects.add("POST /fr/admin/fund/requests/{id}/photos: " + photo.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    void theRegistrationSurveyAndAskUsFormsKeepOrRefuseEveryInputAndShowItEscaped() throws Exception {
        org.turath.learning.ActivityId activity = org.turath.learning.LearningFixture.create(trainings, org.turath.learning.LearningFixture.workshop(
                "Corpus", 100_000, java.time.Duration.ofDays(30), java.time.Duration.ofDays(20), false));
        int n = 0;
        for (String payload : payloads()) {
            n++;
            String address = "10.67." + (n / 250) + "." + (n % 250 + 1);
            java.util.function.UnaryOperator<org.springframework.mock.web.MockHttpServletRequest> from = r -> {
                r.setRemoteAddr(address);
                return r;
            };
            // registered under the input as a name, and shown on the person's own page
            MockHttpServletResponse registered = mvc.perform(MockMvcRequestBuilders.post("/fr/trainings/" + activity + "/register")
                    .param("name", payload).param("email", "corpus." + n + "@example.org").param("language", "fr")
                    .param("answer", payload).param("consent", "on").with(csrf()).with(from::apply)).andReturn().getResponse();
            record("POST register", payload, registered, "fr", false);
            if (registered.getStatus() == 302) {
                record("GET registration", payload, mvc.perform(MockMvcRequestBuilders.get(registered.getRedirectedUrl()))
                        .andReturn().getResponse(), "fr", false);
            } else if (registered.getStatus() != 422) {
                defects.add("POST register: " + registered.getStatus() + " for " + shown(payload));
            }
            // the input as an e-mail address: refused, the form kept
            MockHttpServletResponse badEmail = mvc.perform(MockMvcRequestBuilders.post("/ar/trainings/" + activity + "/register")
                    .param("name", "Corpus").param("email", payload).param("language", "ar").param("consent", "on")
                    .with(csrf()).with(from::apply)).andReturn().getResponse();
            record("POST register (e-mail)", payload, badEmail, "ar", false);

            MockHttpServletResponse answered = mvc.perform(MockMvcRequestBuilders.post("/en/feedback").param("from", payload)
                    .param("score", "4").param("comment", payload).with(csrf()).with(from::apply)).andReturn().getResponse();
            record("POST feedback", payload, answered, "en", false);

            // "ask us" sent at once: sent back with every field kept, so the input is shown again
            MockHttpServletResponse asked = mvc.perform(MockMvcRequestBuilders.post("/ar/ask").param("topic", "OTHER").param("language", "ar")
                    .param("name", payload).param("email", "corpus." + n + "@example.org").param("message", payload)
                    .param("shown", payload).with(csrf()).with(from::apply)).andReturn().getResponse();
            record("POST ask", payload, asked, "ar", false);
            if (asked.getStatus() != 422) {
                defects.add("POST ask: " + asked.getStatus() + " for " + shown(payload));
            }
        }
        assertThat(defects).isEmpty();
    }

    /** Text as a form takes it: present, and at most {@code max} characters (longer is refused there). */
    private static String fit(String text, int max) {
        return text == null ? "blank" : text.length() > max ? text.substring(0, max) : text;
    }

    private void check(MockHttpServletRequestBuilder request, String target, String payload, String lang, boolean api) throws Exception {
        record(target, payload, mvc.perform(request).andReturn().getResponse(), lang, api);
    }

    private void record(String target, String payload, MockHttpServletResponse response, String lang, boolean api) throws Exception {
        requests++;
        int status = response.getStatus();
        String where = target + " ← " + shown(payload);
        if (status >= 500) {
            defects.add(where + ": " + status);
            return;
        }
        String type = String.valueOf(response.getContentType());
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        // (a request the security firewall rejects gets a bare 400 here: the error page comes from the servlet
        // container's error dispatch, which MockMvc does not run)
        if (api && status >= 400 && !type.startsWith("application/problem+json") && !(status == 400 && body.isEmpty())) {
            defects.add(where + ": " + status + " as " + type + ", not a problem document");
        }
        if (type.startsWith("text/html")) {
            if (payload.contains("<") && payload.length() > 3 && body.contains(payload)) {
                defects.add(where + ": the input comes back unescaped");
            }
            if (lang != null && status != 302 && body.contains("<html")) {
                String pageLang = Jsoup.parse(body).select("html").attr("lang");
                if (!pageLang.equals(lang)) {
                    defects.add(where + ": " + status + " page in '" + pageLang + "', not '" + lang + "'");
                }
            }
        }
    }

    /** Percent-decoding that keeps a broken escape as it is and replaces bytes that are not UTF-8. */
    private static String lenient(String encoded) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()
                    && Character.digit(encoded.charAt(i + 1), 16) >= 0 && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] literal = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(literal, 0, literal.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String lang(String target) {
        return target.startsWith("/api") ? null : target.substring(1, 3);
    }

    private static String shown(String payload) {
        String escaped = payload.chars().limit(60).mapToObj(c -> c < 32 || c == 127 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .reduce("", String::concat);
        return payload.length() > 60 ? escaped + "… (" + payload.length() + " chars)" : escaped;
    }

    static List<String> payloads() throws Exception {
        List<String> payloads = new ArrayList<>();
        for (String line : new ClassPathResource("corpus/payloads.txt").getContentAsString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@repeat ")) {
                String[] parts = line.split(" ", 3);
                payloads.add(unescape(parts[2]).repeat(Integer.parseInt(parts[1])));
            } else {
                payloads.add(unescape(line));
            }
        }
        return payloads;
    }

    static List<String> rawQueries() throws Exception {
        return new ClassPathResource("corpus/raw-queries.txt").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                switch (next) {
                    case 'n' -> { out.append('\n'); i++; }
                    case 'r' -> { out.append('\r'); i++; }
                    case 't' -> { out.append('\t'); i++; }
                    case '\\' -> { out.append('\\'); i++; }
                    case 'u' -> {
                        if (i + 5 < text.length() && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                            out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                            i += 5;
                        } else {
                            out.append(c);
                        }
                    }
                    default -> out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
