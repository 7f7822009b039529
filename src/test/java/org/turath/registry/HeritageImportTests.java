package org.turath.registry;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.turath.support.CsvFiles;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing UNESCO's World Heritage List exports into the registry, against PostgreSQL. */
@IntegrationTest
class HeritageImportTests {

    @Autowired
    RegistryFixture registry;

    @TempDir
    Path temp;

    /** What the import must keep, computed here straight from the file: by category, for properties in OIC member states (or with no ISO state). */
    record Expected(int total, Map<String, Integer> byKind) {
    }

    @Test
    void csvImportKeepsExactlyThePropertiesInMemberStatesPerCategory() {
        registry.wipe();
        Path csv = RegistryFixture.copyOf(RegistryFixture.DEMO_CSV);
        Expected expected = expectedFrom(CsvFiles.read(csv).rows());

        ImportReport report = registry.importFile(csv, false);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(1248);
        assertThat(report.created()).isEqualTo(expected.total());
        assertThat(kindsInRegistry()).isEqualTo(expected.byKind());
        // the shared data README's own count: 245 sites in OIC states plus the Old City of Jerusalem
        assertThat(expected.total()).isEqualTo(246);
        assertThat(expected.byKind()).isEqualTo(Map.of("TANGIBLE_CULTURAL", 199, "NATURAL", 38, "MIXED", 9));
    }

    @Test
    void xlsxImportKeepsExactlyThePropertiesInMemberStatesPerCategory() throws IOException {
        registry.wipe();
        Expected expected = expectedFrom(readWorkbook(RegistryFixture.XLSX_2024));

        ImportReport report = registry.importFile(RegistryFixture.XLSX_2024, false);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.format()).isEqualTo("XLSX");
        assertThat(report.rowsRead()).isEqualTo(1223);
        assertThat(report.created()).isEqualTo(expected.total());
        assertThat(kindsInRegistry()).isEqualTo(expected.byKind());

        // the 2025 export on top updates the same properties (matched on id_no) and adds the new ones
        ImportReport newer = registry.importFile(RegistryFixture.DEMO_CSV, false);
        assertThat(newer.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(newer.created()).isEqualTo(246 - expected.total());
        assertThat(registry.itemCount()).isEqualTo(246);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        registry.demoData();
        List<Map<String, Object>> before = snapshot();

        ImportReport again = registry.importFile(RegistryFixture.DEMO_CSV, false);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(246);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void dryRunReportsWhatWouldHappenAndWritesNothing() {
        registry.wipe();
        Long sequenceBefore = registry.jdbc().queryForObject("select last_value from heritage_reference_seq", Long.class);

        ImportReport report = registry.importFile(RegistryFixture.DEMO_CSV, true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.created()).isEqualTo(246);
        assertThat(registry.itemCount()).isZero();
        assertThat(registry.jdbc().queryForObject("select count(*) from heritage_import_run", Integer.class)).isZero();
        assertThat(registry.jdbc().queryForObject("select last_value from heritage_reference_seq", Long.class)).isEqualTo(sequenceBefore);
    }

    @Test
    void aFileMissingAColumnIsRejectedWhole() {
        registry.demoData();
        List<Map<String, Object>> before = snapshot();
        Path file = demoTable().withoutColumn("latitude").write(temp.resolve("no-latitude.csv"));

        ImportReport report = registry.importFile(file, false);

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.code()).isEqualTo("missing-columns");
            assertThat(error.arguments()).containsExactly("latitude");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void badCoordinatesAreReportedByRowAndNothingIsImported() {
        registry.wipe();
        CsvFiles.Table table = demoTable();
        int bamiyan = table.indexOf("id_no", "208");
        int ichkeul = table.indexOf("id_no", "8");
        Path file = table.withCell(bamiyan, "latitude", "134.84694").withCell(ichkeul, "longitude", "9.67E")
                .write(temp.resolve("bad-coordinates.csv"));

        ImportReport report = registry.importFile(file, false);

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::column, ImportReport.RowError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(bamiyan + 2, "latitude", "coordinate-out-of-range"),
                        org.assertj.core.groups.Tuple.tuple(ichkeul + 2, "longitude", "not-a-number"));
        assertThat(registry.itemCount()).isZero();
    }

    @Test
    void brokenQuotingIsRejectedWithItsRow() throws IOException {
        registry.wipe();
        List<String> lines = Files.readAllLines(RegistryFixture.copyOf(RegistryFixture.DEMO_CSV), StandardCharsets.UTF_8);
        // the first data record is on line 2 and holds no newline; a stray quote after a quoted field breaks it
        String broken = lines.get(1).replaceFirst(",\"", ",\"\"oops\"x");
        lines.set(1, broken);
        Path file = Files.write(temp.resolve("broken-quotes.csv"), lines, StandardCharsets.UTF_8);

        ImportReport report = registry.importFile(file, false);

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.code()).isEqualTo("malformed-csv");
        });
        assertThat(registry.itemCount()).isZero();
    }

    @Test
    void aFileInAnotherEncodingIsRejected() throws IOException {
        registry.wipe();
        String text = Files.readString(RegistryFixture.copyOf(RegistryFixture.DEMO_CSV), StandardCharsets.UTF_8);
        // an Arabic Windows export: the Arabic letters are single bytes that are not UTF-8
        Path file = Files.write(temp.resolve("windows-1256.csv"), text.getBytes(Charset.forName("windows-1256")));

        ImportReport report = registry.importFile(file, false);

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).singleElement().satisfies(error -> assertThat(error.code()).isEqualTo("not-utf8"));
        assertThat(registry.itemCount()).isZero();
    }

    @Test
    void aPropertyWithoutCoordinatesIsImportedWithoutALocation() {
        registry.wipe();
        CsvFiles.Table table = demoTable();
        int bamiyan = table.indexOf("id_no", "208");
        Path file = table.withCell(bamiyan, "latitude", "").withCell(bamiyan, "longitude", "").write(temp.resolve("no-location.csv"));

        assertThat(registry.importFile(file, false).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);

        Map<String, Object> row = registry.jdbc().queryForMap("select latitude, longitude from heritage_item where unesco_id_no = 208");
        assertThat(row.get("latitude")).isNull();
        assertThat(row.get("longitude")).isNull();
    }

    @Test
    void statusHistoryFollowsTheDangerListAndJerusalemKeepsUnescosWording() {
        registry.demoData();

        List<String> ichkeul = registry.jdbc().queryForList("""
                select h.status || ' ' || extract(year from h.effective_date) from heritage_status_change h
                join heritage_item i on i.id = h.item_id where i.unesco_id_no = 8 order by h.effective_date, h.recorded_at""", String.class);
        assertThat(ichkeul).containsExactly("INSCRIBED 1980", "IN_DANGER 1996", "INSCRIBED 2006");
        assertThat(statusOf(8)).isEqualTo("INSCRIBED");

        assertThat(statusOf(148)).isEqualTo("IN_DANGER");
        Map<String, Object> jerusalem = registry.jdbc().queryForMap(
                "select state_label_en, state_label_ar, (select count(*) from heritage_item_state s where s.item_id = i.id) as states "
                        + "from heritage_item i where unesco_id_no = 148");
        assertThat(jerusalem.get("state_label_en")).isEqualTo("Jerusalem (Site proposed by Jordan)");
        assertThat((String) jerusalem.get("state_label_ar")).contains("الأردن");
        assertThat(((Number) jerusalem.get("states")).intValue()).isZero();
    }

    @Test
    void transboundaryPropertiesKeepEveryStateInTheSourcesOrder() {
        registry.demoData();
        CsvFiles.Table table = demoTable();
        Map<String, String> expected = table.rows().stream()
                .filter(row -> row.get("iso_code").contains(","))
                .collect(Collectors.toMap(row -> row.get("id_no"), row -> row.get("iso_code").toUpperCase()));
        Map<String, String> imported = new HashMap<>();
        registry.jdbc().query("""
                select i.unesco_id_no, string_agg(s.iso2, ',' order by s.position) as states
                from heritage_item i join heritage_item_state s on s.item_id = i.id group by i.unesco_id_no having count(*) > 1""",
                (java.sql.ResultSet rs) -> {
                    imported.put(String.valueOf(rs.getInt(1)), rs.getString(2));
                });
        assertThat(imported).isNotEmpty();
        imported.forEach((idNo, states) -> assertThat(states).isEqualTo(expected.get(idNo)));
    }

    @Test
    void markupInTheSourceIsCleanedNamesArePlainAndArabicParagraphsKeepTheirDirection() {
        registry.demoData();
        assertThat(registry.jdbc().queryForObject(
                "select count(*) from heritage_item where name_en like '%<%' or name_fr like '%<%' or name_ar like '%<%' or name_en like '%&%;%'",
                Integer.class)).isZero();
        assertThat(registry.jdbc().queryForObject(
                "select count(*) from heritage_item where lower(description_en || description_fr || coalesce(description_ar, '')) like '%<script%' "
                        + "or lower(description_en || description_fr) like '%onerror%'", Integer.class)).isZero();
        assertThat(registry.jdbc().queryForObject(
                "select count(*) from heritage_item where description_ar like '<p dir=\"rtl\">%'", Integer.class)).isPositive();
    }

    @Test
    void scriptInANameFieldIsStoredAsPlainText() {
        registry.wipe();
        CsvFiles.Table table = demoTable();
        int bamiyan = table.indexOf("id_no", "208");
        Path file = table.withCell(bamiyan, "name_en", "Bamiyan<script>alert(1)</script> <img src=x onerror=alert(2)>")
                .withCell(bamiyan, "short_description_en", "<p onclick=\"x()\">Valley</p><script>alert(3)</script>")
                .write(temp.resolve("script.csv"));

        assertThat(registry.importFile(file, false).outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);

        Map<String, Object> row = registry.jdbc().queryForMap("select name_en, description_en from heritage_item where unesco_id_no = 208");
        assertThat(row.get("name_en")).isEqualTo("Bamiyan");
        assertThat(row.get("description_en")).isEqualTo("<p>Valley</p>");
    }

    private String statusOf(int idNo) {
        return registry.jdbc().queryForObject("select status from heritage_item where unesco_id_no = ?", String.class, idNo);
    }

    private List<Map<String, Object>> snapshot() {
        return registry.jdbc().queryForList("""
                select i.reference, i.version, i.updated_at, i.status,
                       (select count(*) from heritage_status_change h where h.item_id = i.id) as history
                from heritage_item i order by i.reference""");
    }

    private Map<String, Integer> kindsInRegistry() {
        Map<String, Integer> kinds = new TreeMap<>();
        registry.jdbc().query("select kind, count(*) from heritage_item group by kind",
                (java.sql.ResultSet rs) -> {
                    kinds.put(rs.getString(1), rs.getInt(2));
                });
        return kinds;
    }

    private static CsvFiles.Table demoTable() {
        return CsvFiles.read(RegistryFixture.copyOf(RegistryFixture.DEMO_CSV));
    }

    private static Expected expectedFrom(List<Map<String, String>> rows) {
        Set<String> members = CsvFiles.read(RegistryFixture.copyOf("reference/oic-member-states.csv")).rows().stream()
                .filter(row -> row.get("oic_status").equals("member"))
                .map(row -> row.get("alpha2").toLowerCase())
                .collect(Collectors.toSet());
        Map<String, Integer> byKind = new TreeMap<>();
        int total = 0;
        for (Map<String, String> row : rows) {
            String iso = row.get("iso_code").strip();
            boolean kept = iso.isEmpty() || Arrays.stream(iso.split(",")).map(String::strip).anyMatch(members::contains);
            if (kept) {
                total++;
                String kind = switch (row.get("category")) {
                    case "Cultural" -> "TANGIBLE_CULTURAL";
                    case "Natural" -> "NATURAL";
                    default -> "MIXED";
                };
                byKind.merge(kind, 1, Integer::sum);
            }
        }
        return new Expected(total, byKind);
    }

    /** The workbook read with POI's ordinary (non-streaming) API, independently of the importer's reader. */
    private static List<Map<String, String>> readWorkbook(String resource) throws IOException {
        try (InputStream in = new org.springframework.core.io.ClassPathResource(resource).getInputStream();
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(0);
            Map<String, Integer> columns = new HashMap<>();
            header.forEach(cell -> columns.put(formatter.formatCellValue(cell), cell.getColumnIndex()));
            return java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .filter(java.util.Objects::nonNull)
                    .map(row -> Map.of(
                            "iso_code", formatter.formatCellValue(row.getCell(columns.get("iso_code"))),
                            "category", formatter.formatCellValue(row.getCell(columns.get("category")))))
                    .toList();
        }
    }
}
