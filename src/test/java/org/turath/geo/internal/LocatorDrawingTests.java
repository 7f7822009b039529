package org.turath.geo.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the server's maps keep their outlines small: points that change nothing a reader sees are left out. */
class LocatorDrawingTests {

    @Test
    void pointsAlongAStraightEdgeAreLeftOutAndCornersKept() {
        List<long[]> ring = new ArrayList<>();
        for (int x = 0; x < 100; x++) {
            ring.add(new long[] {x, 0});
        }
        for (int y = 0; y < 50; y++) {
            ring.add(new long[] {100, y});
        }
        for (int x = 100; x > 0; x--) {
            ring.add(new long[] {x, 50});
        }
        ring.add(new long[] {0, 25});

        assertThat(LocatorDrawing.simplified(ring)).extracting(point -> point[0] + "," + point[1])
                .containsExactly("0,0", "100,0", "100,50", "1,50", "0,25");
    }

    @Test
    void aBendOfMoreThanThreeQuartersOfAPixelIsKept() {
        List<long[]> nearlyStraight = List.of(new long[] {0, 0}, new long[] {10, 0}, new long[] {20, 0}, new long[] {30, 0});
        List<long[]> bent = List.of(new long[] {0, 0}, new long[] {10, 1}, new long[] {20, 0}, new long[] {30, 5});

        assertThat(LocatorDrawing.simplified(nearlyStraight)).hasSize(2);
        assertThat(LocatorDrawing.simplified(bent)).extracting(point -> point[0] + "," + point[1])
                .containsExactly("0,0", "10,1", "20,0", "30,5");
    }
}
