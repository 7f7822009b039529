package org.turath.geo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.turath.geo.internal.WorldOutlines;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The locator maps drawn by the server: what a reader sees before asking for the interactive map. */
class LocatorMapsTests {

    private final LocatorMaps maps = new LocatorMaps();

    @Test
    void aSiteIsPinnedInsideTheCountryThatHoldsItWhichIsShaded() throws IOException {
        String svg = maps.svg("[{\"lat\":34.0625,\"lon\":-4.9777,\"name\":\"Medina of Fez\"}]", "Map of the Medina of Fez", "en");
        Document map = parse(svg);

        assertThat(map.selectFirst("svg > title").text()).isEqualTo("Map of the Medina of Fez");
        assertThat(map.select("path.held")).hasSize(1);
        assertThat(map.select("text.country").eachText()).containsExactly("Morocco");
        assertThat(parse(maps.svg("[{\"lat\":34.0625,\"lon\":-4.9777}]", "خريطة", "ar")).select("text.country").eachText())
                .containsExactly("المغرب");
        Element pin = map.selectFirst("circle.pin");
        assertThat(pin.selectFirst("title").text()).isEqualTo("Medina of Fez");
        // one place is shown in the middle of the view, with its neighbours around it
        assertThat(Integer.parseInt(pin.attr("cx"))).isEqualTo(320);
        assertThat(Integer.parseInt(pin.attr("cy"))).isEqualTo(240);
        assertThat(map.select("path.land").size()).isBetween(3, 12);

        WorldOutlines world = WorldOutlines.read(new ClassPathResource("static/geo/countries-110m.geojson").getInputStream());
        assertThat(world.countries().stream().filter(c -> c.contains(WorldOutlines.x(-4.9777), WorldOutlines.y(34.0625)))
                .map(WorldOutlines.Country::iso2)).containsExactly("MA");
    }

    @Test
    void outlinesAreClippedToTheViewSoAPageCarriesOnlyWhatItShows() {
        String svg = maps.svg("[{\"lat\":21.4225,\"lon\":39.8262,\"name\":\"Makkah\"}]", "Makkah", "en");
        List<Element> paths = parse(svg).select("path.land");
        assertThat(paths).isNotEmpty();
        Matcher number = Pattern.compile("-?\\d+").matcher(String.join(" ", paths.stream().map(p -> p.attr("d")).toList()));
        int count = 0;
        while (number.find()) {
            assertThat(Integer.parseInt(number.group())).isBetween(-8, 648);
            count++;
        }
        assertThat(count).isGreaterThan(20);
        // a region of the world, not the world: a few kilobytes
        assertThat(svg.length()).isLessThan(12_000);
    }

    @Test
    void componentsFarApartAreAllInViewAndEachCountryThatHoldsOneIsShaded() {
        String svg = maps.svg("[{\"lat\":34.06,\"lon\":-4.98,\"name\":\"Fez\"},{\"lat\":-7.61,\"lon\":110.2,\"name\":\"Borobudur\"},"
                + "{\"lat\":38.64,\"lon\":34.83,\"name\":\"Göreme\"}]", "Three places", "fr");
        Document map = parse(svg);
        assertThat(map.select("circle.pin")).hasSize(3);
        for (Element pin : map.select("circle.pin")) {
            // with the view cut to a square box on a phone, a pin stays within its middle three quarters
            assertThat(Integer.parseInt(pin.attr("cx"))).isBetween(80, 560);
            assertThat(Integer.parseInt(pin.attr("cy"))).isBetween(60, 420);
        }
        assertThat(map.select("path.held")).hasSize(3);
        assertThat(map.select("text.country").eachText()).containsExactlyInAnyOrder("Maroc", "Indonésie", "Turquie");
    }

    @Test
    void namesAreTextNotMarkupAndMarkersWithoutAPlaceDrawNothing() {
        String svg = maps.svg("[{\"lat\":31.77,\"lon\":35.23,\"name\":\"<script>alert(1)</script>\"}]", "<img src=x onerror=alert(1)>", "en");
        assertThat(svg).doesNotContain("<script>", "<img").contains("&lt;script&gt;");
        assertThat(parse(svg).select("script, img")).isEmpty();

        assertThat(maps.svg("[{\"name\":\"nowhere\"}]", "Map", "en")).isEmpty();
        assertThat(maps.svg("[{\"lat\":120,\"lon\":10}]", "Map", "en")).isEmpty();
        assertThat(maps.svg("[]", "Map", "en")).isEmpty();
        assertThat(maps.svg(null, "Map", "en")).isEmpty();
    }

    @Test
    void aPlaceNearTheEdgeOfTheWorldKeepsTheViewInsideIt() {
        Document map = parse(maps.svg("[{\"lat\":64.1,\"lon\":-179.5,\"name\":\"Far east\"}]", "Edge", "en"));
        Element pin = map.selectFirst("circle.pin");
        assertThat(Integer.parseInt(pin.attr("cx"))).isBetween(0, 320);
        assertThat(map.select("path.land")).isNotEmpty();
    }

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }
}
