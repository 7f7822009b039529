package org.turath.registry;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat imports UNESCO's list from the back office: check first, then import, watching the progress. */
@IntegrationTest
class ImportScreenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixture registry;

    @Autowired
    JdbcTemplate jdbc;

    final RequestPostProcessor secretariat = SecurityMockMvcRequestPostProcessors.user("secretariat@example.org").roles("SECRETARIAT");

    @BeforeEach
    void demoData() {
        registry.demoData();
    }

    @Test
    void aCheckedFileIsImportedAndBothStepsReportWhatTheyDid() throws Exception {
        byte[] csv = new ClassPathResource(RegistryFixture.DEMO_CSV).getContentAsByteArray();
        String check = upload(new MockMultipartFile("file", "../../whc-sites-2025.csv", "application/octet-stream", csv));
        Document checked = finished(check);
        assertThat(checked.select("h1").text()).isEqualTo("Check (dry run): whc-sites-2025.csv");
        assertThat(checked.select(".alert-success").text()).startsWith("The file is fine. Nothing has been written yet");
        assertThat(checked.select("dl.facts").text()).contains("Rows read 1248", "Properties kept (in member states) 246",
                "Unchanged 246");
        assertThat(checked.select("progress").attr("value")).isEqualTo("100");

        MockHttpServletResponse started = mvc.perform(MockMvcRequestBuilders.post(check).with(secretariat)
                .with(SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
        String run = started.getRedirectedUrl();
        assertThat(run).startsWith("/en/admin/import/").isNotEqualTo(check);
        Document imported = finished(run);
        assertThat(imported.select(".alert-success").text()).isEqualTo("Imported.");
        assertThat(imported.select("main form[method=post] button")).isEmpty();
        assertThat(jdbc.queryForList("select detail from audit_event where event_type = 'IMPORT' and actor = 'secretariat@example.org'",
                String.class)).contains("created 0, updated 0, unchanged 246");
        Document list = Jsoup.parse(get("/en/admin/import").getContentAsString());
        assertThat(list.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains("whc-sites-2025.csv", "Import", "Finished"));
    }

    @Autowired
    org.turath.registry.internal.imports.ImportJobs jobs;

    @Test
    void theFirstStartsImportIsInTheHistoryLikeAnyOther() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("first-start", ".csv");
        try {
            java.nio.file.Files.write(file, new ClassPathResource(RegistryFixture.DEMO_CSV).getContentAsByteArray());
            var report = jobs.importHere(file, "demo/whc-sites-2025-en-fr-ar.csv", "demo data");
            assertThat(report.rejected()).isFalse();
            assertThat(java.nio.file.Files.exists(file)).as("the caller's file is left alone").isTrue();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        Document list = Jsoup.parse(get("/en/admin/import").getContentAsString());
        assertThat(list.select("tbody tr").eachText()).anySatisfy(row ->
                assertThat(row).contains("whc-sites-2025-en-fr-ar.csv", "demo data", "Finished"));
    }

    @Test
    void aBrokenFileIsReportedByRowAndCannotBeImported() throws Exception {
        // the real export's first two properties, the second with a latitude off the globe
        StringBuilder broken = new StringBuilder();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new java.io.InputStreamReader(new ClassPathResource(RegistryFixture.DEMO_CSV).getInputStream(),
                        StandardCharsets.UTF_8));
             var printer = new org.apache.commons.csv.CSVPrinter(broken, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                     .setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
            int n = 0;
            for (var record : parser) {
                var values = new java.util.ArrayList<>(record.toList());
                if (n == 1) {
                    values.set(parser.getHeaderNames().indexOf("latitude"), "312.6");
                }
                printer.printRecord(values);
                if (++n == 2) {
                    break;
                }
            }
        }
        String check = upload(new MockMultipartFile("file", "broken.csv", "text/csv", broken.toString().getBytes(StandardCharsets.UTF_8)));
        Document report = finished(check);
        assertThat(report.select(".alert-danger").text()).contains("problem(s)");
        assertThat(report.select("ol.import-errors li").eachText()).singleElement().asString()
                .startsWith("Row 3, column latitude");
        assertThat(report.select("main form[method=post] button")).isEmpty();
        assertThat(mvc.perform(MockMvcRequestBuilders.post(check).with(secretariat).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from heritage_import_job where status = 'DONE' and dry_run = false"
                + " and source_name = 'broken.csv'", Integer.class)).isZero();
    }

    @Test
    void noFileGetsATranslatedMessage() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.multipart("/fr/admin/import")
                .file(new MockMultipartFile("file", "", "text/csv", new byte[0])).with(secretariat)
                .with(SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(response.getContentAsString()).select("#import-problem").text()).isEqualTo("Choisissez un fichier à vérifier.");
    }

    private String upload(MockMultipartFile file) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.multipart("/en/admin/import").file(file)
                .with(secretariat).with(SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).startsWith("/en/admin/import/");
        return response.getRedirectedUrl();
    }

    /** The job's page once the job is done, as the page's own polling would end up showing it. */
    private Document finished(String path) throws Exception {
        for (int i = 0; i < 600; i++) {
            Document page = Jsoup.parse(get(path).getContentAsString());
            if (page.select("#job-status[hx-trigger]").isEmpty()) {
                return page;
            }
            assertThat(page.select("#job-status").attr("hx-get")).isEqualTo(path);
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish: " + path);
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(secretariat)).andReturn().getResponse();
    }
}
