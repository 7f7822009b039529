package org.turath.learning;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training about heritage items: the secretariat names them on its form, and the items' pages — the Al-Quds
 * observatory's among them — show it; a reference not on the List is refused with the typing kept.
 */
@IntegrationTest
class TrainingHeritageTests {

    private static final String PASSWORD = "trainings about the old city";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    AccountsApi accounts;

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    @Test
    void aTrainingAboutTheOldCityShowsOnItsPageAndOnTheObservatory() throws Exception {
        String oldCity = registry.referenceOf(148);
        String other = registry.referenceOf(191);
        String email = "training.heritage." + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Secretariat", PASSWORD, Language.EN, "Centre", Set.of(Role.SECRETARIAT), Set.of());
        Visitor secretariat = new Visitor(mvc, "10.42.0.1");
        secretariat.signIn(email, PASSWORD);
        String title = "Documenting the Old City " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = new HashMap<>(Map.of("format", "WORKSHOP", "mode", "ONLINE", "title.en", title,
                "title.ar", "توثيق البلدة القديمة", "languages", "ar", "timeZone", "Asia/Amman", "capacity", "40",
                "published", "on", "related", oldCity.toLowerCase() + "، IWH-99999", "audiences", "SITE_MANAGERS"));
        LocalDate start = LocalDate.now().plusDays(20);
        fields.put("startsAt", start + "T10:00");
        fields.put("endsAt", start.plusDays(1) + "T16:00");
        fields.put("closesAt", start.minusDays(2) + "T23:00");

        fields.put("latitude", "231.5");
        fields.put("longitude", "35.2");
        fields.remove("title.ar");
        fields.remove("title.en");

        secretariat.get("/en/admin/trainings/new");
        MockHttpServletResponse refused = secretariat.post("/en/admin/trainings/new", fields);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document form = Jsoup.parse(refused.getContentAsString());
        assertThat(form.select("#e-related").text()).startsWith("Give references of items on the List");
        assertThat(form.select("#a-related").val()).isEqualTo(oldCity.toLowerCase() + "، IWH-99999");
        // the refused latitude names its message for a screen reader; the times typed are kept as typed
        assertThat(form.select("#f-latitude").attr("aria-describedby")).isEqualTo("e-latitude");
        assertThat(form.select("#e-latitude").text()).isNotEmpty();
        assertThat(form.select("#f-latitude").val()).isEqualTo("231.5");
        assertThat(form.select("#f-startsAt").val()).isEqualTo(start + "T10:00");
        assertThat(form.select("#f-startsAt").hasAttr("aria-describedby")).isFalse();
        assertThat(form.select("#f-capacity").val()).isEqualTo("40");
        // a title in no language: each of its three inputs is marked and names the one message
        assertThat(form.select("#e-title").text()).isNotEmpty();
        assertThat(form.select("#title-ar").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#title-fr").attr("aria-describedby")).isEqualTo("e-title");

        fields.remove("latitude");
        fields.remove("longitude");
        fields.put("title.en", title);
        fields.put("title.ar", "توثيق البلدة القديمة");
        fields.put("related", oldCity.toLowerCase() + "، " + other);
        secretariat.get("/en/admin/trainings/new");
        MockHttpServletResponse saved = secretariat.post("/en/admin/trainings/new", fields);
        assertThat(saved.getRedirectedUrl()).contains("?saved");
        String activity = saved.getRedirectedUrl().replaceAll(".*/admin/trainings/([0-9a-f-]{36}).*", "$1");

        Visitor visitor = new Visitor(mvc, "10.42.0.2");
        Document item = Jsoup.parse(visitor.get("/ar/heritage/" + other).getContentAsString());
        assertThat(item.select(".training-section h2").text()).isEqualTo("تدريبات عن هذا التراث");
        assertThat(item.select(".training-section a[href=/ar/trainings/" + activity + "]").text()).isEqualTo("توثيق البلدة القديمة");
        Document observatory = Jsoup.parse(visitor.get("/en/al-quds").getContentAsString());
        assertThat(observatory.select(".training-section a[href=/en/trainings/" + activity + "]").text()).isEqualTo(title);
        Document training = Jsoup.parse(visitor.get("/fr/trainings/" + activity).getContentAsString());
        assertThat(training.select("a[href=/fr/heritage/" + oldCity + "]")).hasSize(1);

        // taken back from publication: gone from the item's page at once
        fields.put("published", "");
        secretariat.get("/en/admin/trainings/" + activity);
        fields.put("version", Jsoup.parse(secretariat.get("/en/admin/trainings/" + activity).getContentAsString())
                .select("input[name=version]").val());
        assertThat(secretariat.post("/en/admin/trainings/" + activity, fields).getRedirectedUrl()).contains("?saved");
        assertThat(visitor.get("/ar/heritage/" + other).getContentAsString()).doesNotContain("/ar/trainings/" + activity);
    }
}
