package org.turath.figures;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;
import org.turath.support.Visitor;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a decision-maker reads it: the same numbers as the records (counted independently here), filtered by
 * state and period, each figure's table and CSV agreeing, a state's page printable, a bad filter refused.
 */
@IntegrationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = new Visitor(mvc, "10.73.0.1").get(path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static List<String> totals(Document page, String figure) {
        Element section = page.getElementById(figure).closest("section");
        return section.select("tfoot td").eachText();
    }

    @Test
    void theListsFiguresAreTheRecordsCountedAndFollowTheStateAndPeriod() throws Exception {
        long inscribed = jdbc.queryForObject("select count(*) from heritage_item where publication = 'PUBLISHED' and status = 'INSCRIBED'", Long.class);
        long inDanger = jdbc.queryForObject("select count(*) from heritage_item where publication = 'PUBLISHED' and status = 'IN_DANGER'", Long.class);
        assertThat(totals(page("/en/figures"), "list-kinds")).containsExactly(String.valueOf(inscribed), String.valueOf(inDanger));

        String state = jdbc.queryForObject("select s.iso2 from heritage_item_state s join heritage_item i on i.id = s.item_id"
                + " where i.status = 'IN_DANGER' group by s.iso2 order by count(*) desc, s.iso2 limit 1", String.class);
        long stateItems = jdbc.queryForObject("select count(*) from heritage_item i where i.publication = 'PUBLISHED'"
                + " and i.status in ('INSCRIBED', 'IN_DANGER') and exists (select 1 from heritage_item_state s where s.item_id = i.id"
                + " and s.iso2 = ?) and i.inscription_year between 1980 and 2000", Long.class, state);
        Document filtered = page("/fr/figures?state=" + state + "&from=1980&until=2000");
        List<String> stateTotals = totals(filtered, "list-kinds");
        assertThat(Long.parseLong(stateTotals.get(0)) + Long.parseLong(stateTotals.get(1))).isEqualTo(stateItems);
        assertThat(filtered.getElementById("list-years").closest("section").select("tbody th").eachText())
                .allMatch(year -> Integer.parseInt(year) >= 1980 && Integer.parseInt(year) <= 2000);
        // trainings are not kept by state: the page says it shows them for every state
        assertThat(filtered.getElementById("list-kinds").closest("section").text()).doesNotContain("ne sont pas tenus par État");
        assertThat(filtered.select("a[href*='/figures/state.pdf?state=" + state + "']")).hasSize(1);
    }

    @Test
    void eachFiguresCsvHoldsTheNumbersOfItsTable() throws Exception {
        Document dashboard = page("/ar/figures");
        Element section = dashboard.getElementById("list-kinds").closest("section");
        MockHttpServletResponse csv = new Visitor(mvc, "10.73.0.2").get(section.select("a[type='text/csv']").attr("href"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("turath-list-kinds-ar.csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", section.select("thead th").eachText()));
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(section.select("tbody tr").stream()
                .map(row -> String.join(",", row.select("th, td").eachText())).toList());
    }

    @Test
    void aStatesFiguresPrintOnOnePageInItsLanguage() throws Exception {
        MockHttpServletResponse pdf = new Visitor(mvc, "10.73.0.3").get("/ar/figures/state.pdf?state=MA");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("المغرب بالأرقام", "العناصر المدرجة حسب النوع");
        }
        assertThat(new Visitor(mvc, "10.73.0.3").get("/en/figures/state.pdf").getStatus()).isEqualTo(400);
    }

    @Test
    void aFilterThatMeansNothingIsRefusedInTheReadersLanguage() throws Exception {
        for (String query : List.of("state=XX", "state=%3Cscript%3E", "from=2020&until=2000", "from=19a0", "until=3000")) {
            MockHttpServletResponse refused = new Visitor(mvc, "10.73.0.4").get("/fr/figures?" + query);
            assertThat(refused.getStatus()).as(query).isEqualTo(400);
            assertThat(Jsoup.parse(refused.getContentAsString()).select("html").attr("lang")).isEqualTo("fr");
        }
        assertThat(new Visitor(mvc, "10.73.0.4").get("/en/figures/nothing.csv").getStatus()).isEqualTo(404);
    }
}
