package org.turath.museums.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.geo.GeoApi;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.domain.Museums;
import org.turath.registry.RegistryApi;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter directory is real data a ministry will read: at least 50 museums, each in a member state, named in the
 * three languages, placed, typed, and carrying the public source its facts come from — and it loads whole.
 */
@IntegrationTest
class StarterMuseumsTests {

    @Autowired
    MuseumDesk desk;

    @Autowired
    Museums museums;

    @Autowired
    RegistryApi registry;

    @Autowired
    AccountsApi accounts;

    @Autowired
    GeoApi geo;

    @Autowired
    RegistryFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRowIsAMuseumOfAMemberStateWithItsNamesPlaceAndSource() {
        List<org.turath.shared.StarterRow> rows = StarterMuseums.rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(50);
        Set<String> references = new HashSet<>();
        Set<String> members = geo.memberStateCodes();
        for (org.turath.shared.StarterRow row : rows) {
            String where = "row " + row.number();
            assertThat(references.add(row.get("reference"))).as(where + " has its own reference").isTrue();
            assertThat(members).as(where).contains(row.get("state"));
            assertThat(MuseumKind.valueOf(row.get("kind"))).as(where).isNotNull();
            for (String column : List.of("name_ar", "name_en", "name_fr", "city_ar", "city_en", "city_fr")) {
                assertThat(row.get(column)).as(where + " " + column).isNotBlank();
            }
            assertThat(row.get("name_ar")).as(where + " is named in Arabic script").matches(".*[\\u0600-\\u06FF].*");
            assertThat(Double.parseDouble(row.get("latitude"))).as(where).isBetween(-12.0, 56.0);
            assertThat(Double.parseDouble(row.get("longitude"))).as(where).isBetween(-20.0, 142.0);
            assertThat(row.get("source")).as(where).startsWith("https://");
        }
        assertThat(rows.stream().map(r -> r.get("state")).distinct().count()).as("member states covered").isGreaterThanOrEqualTo(25);
    }

    @Test
    void theWholeDirectoryLoadsPublishedWithTheHeritageItPresentsLinked() {
        fixture.demoData();
        // a directory loaded before (a second run on the same database) is withdrawn first, so that search and the
        // harvest forget it as they would in the application, then removed
        org.turath.accounts.Actor secretariat = new org.turath.accounts.Actor("starter.tests@example.org",
                Set.of(org.turath.accounts.Role.SECRETARIAT), Set.of());
        for (org.turath.shared.StarterRow row : StarterMuseums.rows()) {
            museums.findByReference(row.get("reference")).filter(Museum::published)
                    .ifPresent(m -> desk.publish(secretariat, m.id(), m.version(), false));
        }
        jdbc.update("delete from museum where reference in (" + String.join(",",
                StarterMuseums.rows().stream().map(r -> "'" + r.get("reference") + "'").toList()) + ")");

        List<String> problems = new StarterMuseums(desk, museums, registry, accounts).load();

        assertThat(problems).isEmpty();
        Museum cairo = museums.findByReference("museum-of-islamic-art-cairo").orElseThrow();
        assertThat(cairo.published()).isTrue();
        assertThat(cairo.heritage()).containsExactly(fixture.referenceOf(89));
        assertThat(cairo.name().getAr()).isEqualTo("متحف الفن الإسلامي بالقاهرة");
        assertThat(desk.relatedTo(fixture.referenceOf(170))).extracting(Museum::reference)
                .contains("dar-batha-museum", "al-qarawiyyin-library");
    }
}
