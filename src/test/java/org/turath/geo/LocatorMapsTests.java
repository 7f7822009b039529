package org.turath.geo;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.turath.geo.internal.WorldOutlines;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locator maps drawn by the server: what a reader sees before asking for the interactive map. (That the page
 * writes names as text, never markup, is checked through the server: {@code LinkedDataTests}.)
 */
class LocatorMapsTests {

    private final LocatorMaps maps = new LocatorMaps();

    @Test
    void aSiteIsPinnedInsideTheCountryThatHoldsItWhichIsShadedAndNamed() throws IOException {
        LocatorMap map = maps.drawing("[{\"lat\":34.0625,\"lon\":-4.9777,\"name\":\"Medina of Fez\"}]", "en");

        assertThat(map.countries().stream().filter(LocatorMap.Country::held)).hasSize(1);
        assertThat(map.names()).extracting(LocatorMap.Name::text).containsExactly("Morocco");
        assertThat(maps.drawing("[{\"lat\":34.0625,\"lon\":-4.9777}]", "ar").names()).extracting(LocatorMap.Name::text)
                .containsExactly("المغرب");
        // one place is shown in the middle of the view, with its neighbours around it
        assertThat(map.pins()).containsExactly(new LocatorMap.Pin(320, 240, "Medina of Fez"));
        assertThat(map.countries().size()).isBetween(3, 12);

        WorldOutlines world = WorldOutlines.read(new ClassPathResource("static/geo/countries-110m.geojson").getInputStream());
        assertThat(world.countries().stream().filter(c -> c.contains(WorldOutlines.x(-4.9777), WorldOutlines.y(34.0625)))
                .map(WorldOutlines.Country::iso2)).containsExactly("MA");
    }

    @Test
    void outlinesAreClippedToTheViewSoAPageCarriesOnlyWhatItShows() {
        LocatorMap map = maps.drawing("[{\"lat\":21.4225,\"lon\":39.8262,\"name\":\"Makkah\"}]", "en");
        String paths = String.join(" ", map.countries().stream().map(LocatorMap.Country::path).toList());
        Matcher number = Pattern.compile("-?\\d+").matcher(paths);
        int count = 0;
        while (number.find()) {
            assertThat(Integer.parseInt(number.group())).isBetween(-8, 648);
            count++;
        }
        assertThat(count).isGreaterThan(20);
        // a region of the world, not the world: a few kilobytes
        assertThat(paths.length()).isLessThan(12_000);
    }

    @Test
    void componentsFarApartAreAllInViewAndEachCountryThatHoldsOneIsShaded() {
        LocatorMap map = maps.drawing("[{\"lat\":34.06,\"lon\":-4.98,\"name\":\"Fez\"},{\"lat\":-7.61,\"lon\":110.2,\"name\":\"Borobudur\"},"
                + "{\"lat\":38.64,\"lon\":34.83,\"name\":\"Göreme\"}]", "fr");
        assertThat(map.pins()).hasSize(3);
        for (LocatorMap.Pin pin : map.pins()) {
            // with the view cut to a square box on a phone, a pin stays within its middle three quarters
            assertThat(pin.x()).isBetween(80L, 560L);
            assertThat(pin.y()).isBetween(60L, 420L);
        }
        assertThat(map.countries().stream().filter(LocatorMap.Country::held)).hasSize(3);
        assertThat(map.names()).extracting(LocatorMap.Name::text).containsExactlyInAnyOrder("Maroc", "Indonésie", "Turquie");
    }

    @Test
    void markersWithoutAPlaceDrawNothing() {
        assertThat(maps.drawing("[{\"name\":\"nowhere\"}]", "en")).isNull();
        assertThat(maps.drawing("[{\"lat\":120,\"lon\":10}]", "en")).isNull();
        assertThat(maps.drawing("[]", "en")).isNull();
        assertThat(maps.drawing(null, "en")).isNull();
        assertThat(maps.drawing("[{\"lat\":31.77,\"lon\":35.23}]", "en").pins()).containsExactly(
                maps.drawing("[{\"lat\":31.77,\"lon\":35.23}]", "en").pins().get(0)).allMatch(pin -> pin.name() == null);
    }

    @Test
    void aPlaceNearTheEdgeOfTheWorldKeepsTheViewInsideIt() {
        LocatorMap map = maps.drawing("[{\"lat\":64.1,\"lon\":-179.5,\"name\":\"Far east\"}]", "en");
        assertThat(map.pins().get(0).x()).isBetween(0L, 320L);
        assertThat(map.countries()).isNotEmpty();
    }
}
