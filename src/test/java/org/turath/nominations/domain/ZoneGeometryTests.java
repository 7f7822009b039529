package org.turath.nominations.domain;

import org.turath.shared.Refusal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Zones from the files states really send: GeoJSON in its three shapes and KML, and what must be refused. */
class ZoneGeometryTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private String zone(String content) {
        return ZoneGeometry.normalise(content.getBytes(StandardCharsets.UTF_8), json);
    }

    private String refused(String content) {
        try {
            zone(content);
        } catch (Refusal e) {
            return e.code();
        }
        throw new AssertionError("accepted: " + content);
    }

    @Test
    void geoJsonGeometryFeatureAndCollectionBecomeOneClosedMultiPolygon() {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[-8.0,31.6],[-7.9,31.6],[-7.9,31.7]]]}";
        assertThat(zone(open)).isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-8.0,31.6],[-7.9,31.6],[-7.9,31.7],[-8.0,31.6]]]]}");
        String collection = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"name":"core"},"geometry":{"type":"Polygon","coordinates":[[[35.2,31.7],[35.3,31.7],[35.3,31.8],[35.2,31.7]]]}},
                  {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[36,32],[36.1,32],[36.1,32.1],[36,32]]]]}}]}""";
        assertThat(ZoneGeometry.summary(zone(collection))).isEqualTo("2 polygon(s), 8 points");
    }

    @Test
    void kmlPolygonsWithHolesAreRead() {
        String kml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Ksar</name>
                  <Polygon><outerBoundaryIs><LinearRing><coordinates>
                    -5.0,34.0,0 -4.9,34.0,0 -4.9,34.1,0 -5.0,34.1,0 -5.0,34.0,0
                  </coordinates></LinearRing></outerBoundaryIs>
                  <innerBoundaryIs><LinearRing><coordinates>-4.97,34.03 -4.93,34.03 -4.93,34.07 -4.97,34.03</coordinates></LinearRing></innerBoundaryIs>
                  </Polygon></Placemark></Document></kml>""";
        assertThat(ZoneGeometry.summary(zone(kml))).isEqualTo("1 polygon(s), 9 points");
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithAReason() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&secret;</name><Polygon><outerBoundaryIs><LinearRing>
                <coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>""";
        assertThat(refused(xxe)).isEqualTo("zone-format");
        assertThat(refused("{\"type\":\"Point\",\"coordinates\":[1,2]}")).isEqualTo("zone-type");
        assertThat(refused("{\"type\":\"Polygon\",\"coordinates\":[[[200,0],[1,0],[1,1],[200,0]]]}")).isEqualTo("zone-coordinates");
        assertThat(refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0]]]}")).isEqualTo("zone-format");
        assertThat(refused("{\"type\":\"Polygon\",\"coordinates\":[[[\"0\",0],[1,0],[1,1],[0,0]]]}")).isEqualTo("zone-format");
        assertThat(refused("{\"type\":\"FeatureCollection\",\"features\":[]}")).isEqualTo("zone-empty");
        assertThat(refused("not a map at all")).isEqualTo("zone-format");
        assertThat(refused("<kml><unclosed>")).isEqualTo("zone-format");
        assertThat(refused("")).isEqualTo("zone-size");
        assertThatThrownBy(() -> ZoneGeometry.normalise(new byte[ZoneGeometry.MAX_BYTES + 1], json)).isInstanceOf(Refusal.class);
    }
}
