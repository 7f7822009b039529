package org.turath.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.registry.ImportReport;
import org.turath.registry.internal.imports.HeritageImporter;
import org.turath.search.SearchIndex;
import org.turath.pagecache.PageCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts the registry into a known state for a test: empty, or holding the shipped demo data. */
@TestComponent
public class RegistryFixture {

    public static final String DEMO_CSV = "demo/whc-sites-2025-en-fr-ar.csv";
    public static final String XLSX_2024 = "unesco/whc-sites-2024.xlsx";

    private final HeritageImporter importer;
    private final JdbcTemplate jdbc;
    private final SearchIndex searchIndex;
    private final PageCache pages;

    RegistryFixture(HeritageImporter importer, JdbcTemplate jdbc, SearchIndex searchIndex, PageCache pages) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.searchIndex = searchIndex;
        this.pages = pages;
    }

    /** An empty registry, and so an empty search index. */
    public void wipe() {
        jdbc.update("delete from heritage_item");
        // reports name items by reference: the references are given again by the next import
        jdbc.update("delete from risk_report");
        jdbc.update("delete from heritage_import_run");
        removeDocuments("");
        // their harvestable copies go with them (the application itself never deletes a heritage item or a report)
        jdbc.update("delete from open_record where record_type in ('heritage', 'report')");
        searchIndex.reindex();
        // rows deleted behind the application's back: its kept pages of them go too
        pages.clear();
    }

    /** The registry as a fresh demo installation has it (imported once, then reused by later tests). */
    public void demoData() {
        Integer fromDemo = jdbc.queryForObject(
                "select count(*) from heritage_import_run where source_name = ? and outcome = 'IMPORTED' and created > 0", Integer.class, DEMO_CSV);
        Integer runs = jdbc.queryForObject("select count(*) from heritage_import_run", Integer.class);
        if (fromDemo == null || fromDemo != 1 || runs == null || runs != 1) {
            wipe();
            ImportReport report = importFile(DEMO_CSV, false);
            if (report.rejected()) {
                throw new IllegalStateException("demo data rejected: " + report.errors());
            }
        }
    }

    public ImportReport importFile(String classpathResource, boolean dryRun) {
        return importer.importFile(copyOf(classpathResource), classpathResource, dryRun, HeritageImporter.Progress.NONE);
    }

    public ImportReport importFile(Path file, boolean dryRun) {
        return importer.importFile(file, file.getFileName().toString(), dryRun, HeritageImporter.Progress.NONE);
    }

    /**
     * Takes items a test made out of the registry and out of search (their search documents too:
     * the index is rebuilt from those), so later tests see the demo data as it was.
     */
    public void remove(java.util.Collection<String> references) {
        if (references.isEmpty()) {
            return;
        }
        for (String reference : references) {
            jdbc.update("delete from heritage_item where reference = ?", reference);
            removeDocuments(" where id = ?", "HERITAGE:" + reference);
            jdbc.update("delete from open_record where record_type = 'heritage' and local_id = ?", reference);
        }
        searchIndex.reindex();
        pages.clear();
    }

    /**
     * Deletes search documents behind the application's back, and logs their removal as the application does for its
     * own deletes: every other node of the database (another test context, on its own index) then drops them too, where
     * it would otherwise keep serving them from its index. References are never given twice, so a document left behind
     * would stay for good.
     */
    private void removeDocuments(String where, Object... arguments) {
        jdbc.update("insert into search_change (document_id, changed_at) select id, current_timestamp from search_document" + where, arguments);
        jdbc.update("delete from search_document" + where, arguments);
    }

    public String referenceOf(int unescoIdNo) {
        return jdbc.queryForObject("select reference from heritage_item where unesco_id_no = ?", String.class, unescoIdNo);
    }

    public int itemCount() {
        Integer count = jdbc.queryForObject("select count(*) from heritage_item", Integer.class);
        return count == null ? 0 : count;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A classpath resource as a file on disk, as an upload or the command line gives it. */
    public static Path copyOf(String classpathResource) {
        try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
            String name = Path.of(classpathResource).getFileName().toString();
            Path file = Files.createTempDirectory("turath-test").resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
