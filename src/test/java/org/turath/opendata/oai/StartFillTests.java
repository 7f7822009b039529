package org.turath.opendata.oai;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.documents.PdfRenderer;
import org.turath.library.PublicationKind;
import org.turath.library.domain.Publication;
import org.turath.library.internal.LibraryDesk;
import org.turath.opendata.OpenDataSettings;
import org.turath.risk.RiskFixture;
import org.turath.risk.domain.ReportContent;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records made public before their kind was harvested — publications and condition reports an installation held when it
 * was upgraded — are written into the harvestable copy at start, in the background, without anyone saving them again.
 */
@IntegrationTest
class StartFillTests {

    @Autowired
    RegistryFixture registry;

    @Autowired
    RiskFixture risk;

    @Autowired
    LibraryDesk library;

    @Autowired
    PdfRenderer pdfs;

    @Autowired
    PublicationRecords publicationRecords;

    @Autowired
    DublinCoreRecords dublinCoreRecords;

    @Autowired
    OpenDataSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publicationsAndReportsPublishedBeforeTheyWereHarvestedAreWrittenAtStart() throws Exception {
        registry.demoData();
        String title = "Guide written before the harvest " + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = pdfs.render("fixtures/publication", Language.EN, Map.of("title", title, "pages", List.of("A page")));
        var publication = library.create(new Actor("library.fill@example.org", Set.of(Role.EDITOR), Set.of()),
                new Publication.Details(PublicationKind.GUIDE, new LocalizedText(null, title, null), new RichText(null, "<p>First.</p>", null),
                        "ICESCO", 2024, Language.EN, null, null, null, List.of(), true), new ByteArrayInputStream(pdf), "guide.pdf");
        var report = risk.published(RiskFixture.content(registry.referenceOf(170), "fair",
                List.of(new ReportContent.Cause("3.10", "medium")), false));
        String publicationRecord = settings.oaiIdentifier("publication", publication.id().toString());
        String reportRecord = settings.oaiIdentifier("report", report.id().toString());
        // as an installation upgraded from a version that did not harvest them holds them: public, with no record
        jdbc.update("delete from open_record where identifier in (?, ?)", publicationRecord, reportRecord);

        publicationRecords.fillInAfterStart();
        dublinCoreRecords.fillInAfterStart();

        for (String identifier : List.of(publicationRecord, reportRecord)) {
            String metadata = null;
            for (int waited = 0; waited < 200 && metadata == null; waited++) {
                metadata = jdbc.queryForList("select oai_dc from open_record where identifier = ? and not deleted", String.class, identifier)
                        .stream().findFirst().orElse(null);
                if (metadata == null) {
                    Thread.sleep(50);
                }
            }
            assertThat(metadata).as(identifier + " written at start").isNotNull();
        }
        assertThat(jdbc.queryForObject("select oai_dc from open_record where identifier = ?", String.class, publicationRecord)).contains(title);
        assertThat(jdbc.queryForObject("select set_specs from open_record where identifier = ?", String.class, reportRecord)).isEqualTo("report");
    }
}
