package org.turath.geo;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.turath.geo.internal.WorldOutlines;

import java.io.IOException;
import java.util.List;
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
        List<long[]> points = points(paths);
        for (long[] point : points) {
            assertThat(point[0]).isBetween(-8L, 648L);
            assertThat(point[1]).isBetween(-8L, 488L);
        }
        assertThat(points.size()).isGreaterThan(10);
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

    @Test
    void anOverviewGathersPlacesCloseTogetherAndCountsThem() {
        List<OverviewMap.Place> places = List.of(
                new OverviewMap.Place(34.06, -4.98, "kind-tangible-cultural"),
                new OverviewMap.Place(34.07, -4.97, "kind-tangible-cultural"),
                new OverviewMap.Place(34.05, -4.99, "kind-natural"),
                new OverviewMap.Place(-7.61, 110.2, "kind-tangible-cultural in-danger"));
        OverviewMap map = maps.overview(places, null);

        assertThat(map.spots()).hasSize(2);
        OverviewMap.Spot fez = map.spots().stream().filter(spot -> !spot.single()).findFirst().orElseThrow();
        assertThat(fez.count()).isEqualTo(3);
        assertThat(fez.style()).as("places of different kinds").isEqualTo("mixed");
        OverviewMap.Spot borobudur = map.spots().stream().filter(OverviewMap.Spot::single).findFirst().orElseThrow();
        assertThat(borobudur.style()).isEqualTo("kind-tangible-cultural in-danger");
        assertThat(borobudur.radius()).isLessThan(fez.radius());
        // both in view, with room around them, Fez to the west of Borobudur
        for (OverviewMap.Spot spot : map.spots()) {
            assertThat(spot.x()).isBetween(20L, 620L);
            assertThat(spot.y()).isBetween(20L, 460L);
        }
        assertThat(fez.x()).isLessThan(borobudur.x());
    }

    @Test
    void anOverviewFramesTheSearchedBoxAndLeavesOutWhatLiesOutsideIt() {
        List<OverviewMap.Place> places = List.of(new OverviewMap.Place(34.06, -4.98, "kind-natural"),
                new OverviewMap.Place(-7.61, 110.2, "kind-natural"));
        OverviewMap morocco = maps.overview(places, new OverviewMap.Box(27.6, -13.2, 35.9, -1.0));

        assertThat(morocco.spots()).extracting(OverviewMap.Spot::count, OverviewMap.Spot::style)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "kind-natural"));
        assertThat(rings(morocco.land())).as("Morocco and its neighbours, not the world").isBetween(2L, 20L);
        assertThat(points(morocco.land())).allSatisfy(point -> {
            assertThat(point[0]).isBetween(-8L, 648L);
            assertThat(point[1]).isBetween(-8L, 488L);
        });

        OverviewMap nothing = maps.overview(List.of(), null);
        assertThat(nothing.spots()).isEmpty();
        assertThat(rings(nothing.land())).as("the whole world").isGreaterThan(177L);
    }

    @Test
    void aThousandPlacesMakeNoMoreSpotsThanTheViewHasCells() {
        List<OverviewMap.Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            places.add(new OverviewMap.Place(-40 + (i % 40) * 2, -170 + (i / 40) * 13, i % 2 == 0 ? "kind-natural" : "kind-mixed"));
        }
        OverviewMap map = maps.overview(places, null);
        assertThat(map.spots().size()).isLessThanOrEqualTo(16 * 12 + 16 + 12 + 1);
        assertThat(map.spots().stream().mapToInt(OverviewMap.Spot::count).sum()).isEqualTo(1_000);
        // places of both kinds in one cell make a mixed spot; a place alone keeps its own kind
        assertThat(map.spots()).anyMatch(spot -> spot.style().equals("mixed"))
                .allMatch(spot -> !spot.single() || !spot.style().equals("mixed"));
    }

    private static long rings(String path) {
        return path.chars().filter(c -> c == 'M').count();
    }

    /** The points a path goes through: each ring is "M x y" and then steps from the point before ("l dx dy dx dy …z"). */
    private static List<long[]> points(String paths) {
        List<long[]> points = new java.util.ArrayList<>();
        Matcher ring = Pattern.compile("M(-?\\d+) (-?\\d+)l([^z]*)z").matcher(paths);
        while (ring.find()) {
            long x = Long.parseLong(ring.group(1));
            long y = Long.parseLong(ring.group(2));
            points.add(new long[] {x, y});
            Matcher step = Pattern.compile("-?\\d+").matcher(ring.group(3));
            while (step.find()) {
                x += Long.parseLong(step.group());
                assertThat(step.find()).as("steps come in pairs").isTrue();
                y += Long.parseLong(step.group());
                points.add(new long[] {x, y});
            }
        }
        assertThat(paths.replaceAll("M(-?\\d+) (-?\\d+)l([^z]*)z", "").isBlank()).as("nothing but rings").isTrue();
        return points;
    }
}
