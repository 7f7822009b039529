package org.turath.learning;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.learning.internal.TrainingDesk;
import org.turath.support.IntegrationTest;
import org.turath.support.Visitor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages of trainings with what people really send: late, twice, incomplete, hostile. */
@IntegrationTest
class TrainingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainingDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, String> form(String name, String email) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("language", "fr");
        form.put("consent", "on");
        return form;
    }

    @Test
    void aRegistrationAfterTheDeadlineIsRefusedWithTheDateAndNothingIsStored() throws Exception {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Too late", 10, Duration.ofDays(7), Duration.ofDays(1), false));
        Visitor visitor = new Visitor(mvc, "10.41.0.1");
        // the form was open when the page was loaded; registration closed an hour ago, before it was sent
        assertThat(Jsoup.parse(visitor.get("/fr/trainings/" + activity).getContentAsString()).select("form[action$=/register]")).hasSize(1);
        jdbc.update("update learning_activity set registration_closes_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(1))), activity.value());
        String email = "late." + UUID.randomUUID() + "@example.org";
        MockHttpServletResponse late = visitor.post("/fr/trainings/" + activity + "/register", form("Youssef Alaoui", email));
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(late.getContentAsString()).select("[role=alert]").text()).startsWith("Les inscriptions ont été closes le");
        assertThat(jdbc.queryForObject("select count(*) from learning_registration where email = ?", Long.class, email)).isZero();
        Document page = Jsoup.parse(visitor.get("/fr/trainings/" + activity).getContentAsString());
        assertThat(page.select("form[action$=/register]")).isEmpty();
        assertThat(page.text()).contains("Les inscriptions sont closes.");
    }

    @Test
    void registeringTwiceKeepsOneRegistrationAndAnswersAsForANewcomer() throws Exception {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Twice", 10, Duration.ofDays(7), Duration.ofDays(5), false));
        Visitor visitor = new Visitor(mvc, "10.41.0.2");
        Document shown = Jsoup.parse(visitor.get("/fr/trainings/" + activity).getContentAsString());
        // the description and the place, in French
        assertThat(shown.select("main").text()).contains("Protéger le patrimoine en temps de crise.", "Rabat");
        String email = "twice." + UUID.randomUUID() + "@example.org";
        MockHttpServletResponse first = visitor.post("/fr/trainings/" + activity + "/register", form("Salma Bennani", email));
        assertThat(first.getRedirectedUrl()).isEqualTo("/fr/trainings/" + activity + "/registered");
        Document sent = Jsoup.parse(visitor.get(first.getRedirectedUrl()).getContentAsString());
        assertThat(sent.select("[role=status]").text()).contains("Merci. Nous avons envoyé un courriel");
        String firstLink = jdbc.queryForObject("select token_hash from learning_registration where email_key = ?", String.class, email);

        // the double submit, and the same address typed in capitals: the very same answer, and no second registration;
        // the address's owner is mailed a new link (the earlier one stops working)
        visitor.get("/fr/trainings/" + activity);
        MockHttpServletResponse second = visitor.post("/fr/trainings/" + activity + "/register", form("Someone Else", email.toUpperCase()));
        assertThat(second.getStatus()).isEqualTo(first.getStatus());
        assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        assertThat(jdbc.queryForObject("select count(*) from learning_registration where email_key = ?", Long.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select full_name from learning_registration where email_key = ?", String.class, email))
                .isEqualTo("Salma Bennani");
        assertThat(jdbc.queryForObject("select token_hash from learning_registration where email_key = ?", String.class, email))
                .isNotEqualTo(firstLink);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like 'Votre inscription : %'",
                Long.class, email)).isEqualTo(1);
        // the public page does not give the videoconference away
        assertThat(visitor.get("/fr/trainings/" + activity).getContentAsString()).doesNotContain("video.example.org");
    }

    @Test
    void missingFieldsAreNamedInTheReadersLanguageAndScriptInANameStaysText() throws Exception {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Fields", 10, Duration.ofDays(7), Duration.ofDays(5), false));
        Visitor visitor = new Visitor(mvc, "10.41.0.3");
        visitor.get("/ar/trainings/" + activity);
        MockHttpServletResponse empty = visitor.post("/ar/trainings/" + activity + "/register", Map.of("language", "xx"));
        assertThat(empty.getStatus()).isEqualTo(422);
        Document errors = Jsoup.parse(empty.getContentAsString());
        assertThat(errors.select("#e-name").text()).isEqualTo("يُرجى كتابة اسمك الكامل.");
        assertThat(errors.select("#e-email").text()).isEqualTo("يُرجى كتابة عنوان بريد إلكتروني صحيح.");
        assertThat(errors.select("#e-consent").text()).isEqualTo("يُرجى التأشير على الخانة للموافقة.");

        String email = "script." + UUID.randomUUID() + "@example.org";
        visitor.get("/en/trainings/" + activity);
        MockHttpServletResponse hostile = visitor.post("/en/trainings/" + activity + "/register",
                form("<script>alert('x')</script> \u202EName", email));
        assertThat(hostile.getRedirectedUrl()).endsWith("/registered");
        // the person's own page, through the link they were mailed
        String mailed = jdbc.queryForObject("select body_text from mail_outbox where recipient = ? order by id desc limit 1", String.class, email);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/(ar|en|fr)/trainings/registration\\?token=[A-Za-z0-9_-]+").matcher(mailed);
        assertThat(link.find()).isTrue();
        String page = visitor.get(link.group()).getContentAsString();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(jdbc.queryForObject("select full_name from learning_registration where email_key = ?", String.class, email))
                .isEqualTo("<script>alert('x')</script> Name");
        // a link that is not one
        assertThat(visitor.get("/en/trainings/registration?token=forged").getStatus()).isEqualTo(404);
        assertThat(visitor.get("/en/trainings/not-a-uuid").getStatus()).isEqualTo(404);
    }

    @Test
    void theCalendarShowsTheObservancesEveryYearAndTheFeedsAreICalendar() throws Exception {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Calendar, iCal; and \"quotes\"", 10, Duration.ofDays(3),
                Duration.ofDays(2), false));
        Visitor visitor = new Visitor(mvc, "10.41.0.4");
        for (int year : new int[]{2027, 2041}) {
            Document may = Jsoup.parse(visitor.get("/en/trainings/calendar?month=" + year + "-05").getContentAsString());
            assertThat(may.select("td:not(.outside-month):has(.badge)").first().select(".fw-bold").text()).isEqualTo("18");
            assertThat(may.text()).contains("International Museum Day");
            Document september = Jsoup.parse(visitor.get("/fr/trainings/calendar?month=" + year + "-09").getContentAsString());
            assertThat(september.select("td:not(.outside-month):has(.badge)").eachText().stream().filter(t -> t.contains("Semaine du patrimoine"))).hasSize(6);
        }
        assertThat(visitor.get("/en/trainings/calendar?month=2026-13").getStatus()).isEqualTo(400);

        MockHttpServletResponse one = visitor.get("/fr/trainings/" + activity + "/calendar.ics");
        assertThat(one.getContentType()).startsWith("text/calendar");
        String ics = one.getContentAsString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Atelier Calendar\\, iCal\\; and \"quotes\"\r\n")
                .contains("UID:" + activity + "@turath").contains("LOCATION:Rabat").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.lines().mapToInt(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).max().orElse(0)).isLessThanOrEqualTo(75);

        String all = visitor.get("/ar/trainings/calendar.ics").getContentAsString();
        assertThat(all).contains("UID:" + activity + "@turath").contains("RRULE:FREQ=YEARLY")
                .contains("DTSTART;VALUE=DATE:" + LocalDate.now(ZoneOffset.UTC).getYear() + "0518");
        assertThat(visitor.get("/ar/trainings").getContentAsString()).contains("اليوم العالمي للمتاحف");
    }
}
