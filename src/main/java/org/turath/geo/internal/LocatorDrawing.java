package org.turath.geo.internal;

import org.turath.geo.LocatorMap;
import org.turath.geo.OverviewMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a locator map: the countries around a few points, the countries that hold a point shaded, and
 * each point as a pin. The frame holds every point with room around it, never less than about 16° of
 * longitude across (a country and its neighbours), never more than the world; outlines are clipped to it, so
 * a page carries only the coast and borders it shows, in whole pixels of a 640 × 480 view.
 */
public final class LocatorDrawing {

    /** A place to pin, in degrees. */
    public record Pin(double latitude, double longitude, String name) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    /** The narrowest frame, as a share of the world's width (≈ 16° of longitude). */
    static final double NARROWEST = 0.045;
    /** How much wider than the points' own box the frame is, so pins near its edge stay clear of it. */
    static final double ROOM = 1.8;
    /** How far beyond the view outlines are kept, in pixels, so clipped edges fall outside it. */
    private static final double BLEED = 8;

    private LocatorDrawing() {
    }

    /**
     * The drawing of {@code pins} on the countries around them, in a 640 × 480 view; the countries that hold a pin
     * carry their name in {@code language}.
     */
    public static LocatorMap draw(WorldOutlines world, List<Pin> pins, String language) {
        List<Projected> places = pins.stream().map(Projected::of).toList();
        Frame frame = Frame.around(places);
        List<LocatorMap.Country> countries = new ArrayList<>();
        List<LocatorMap.Name> names = new ArrayList<>();
        for (WorldOutlines.Country country : world.countries()) {
            Outline outline = outline(country, frame);
            if (outline.path().isEmpty()) {
                continue;
            }
            boolean holds = places.stream().anyMatch(place -> country.contains(place.x(), place.y()));
            countries.add(new LocatorMap.Country(outline.path(), holds));
            if (holds && outline.largest() != null) {
                names.add(nameAt(country.name(language), outline.largest(), places, frame));
            }
        }
        List<LocatorMap.Pin> drawn = places.stream().map(place -> new LocatorMap.Pin(Math.round(frame.px(place.x())),
                Math.round(frame.py(place.y())), place.name() == null || place.name().isBlank() ? null : place.name())).toList();
        return new LocatorMap(List.copyOf(countries), List.copyOf(names), drawn);
    }

    /** The side of the cells, in pixels, whose places an overview gathers into one spot. */
    static final int CELL = 40;
    /** How much wider than its places' own box an overview's frame is (a tenth of it on each side). */
    static final double OVERVIEW_ROOM = 1.2;

    /**
     * The overview of {@code places} in a 640 × 480 view: framed on {@code box} when there is one, else around the
     * places (the world when there are none), the places in view gathered into spots by 40-pixel cells; {@code land}
     * gives the outlines of a frame (see {@link #land}), which a caller may keep.
     */
    public static OverviewMap overview(List<OverviewMap.Place> places, OverviewMap.Box box, Function<Frame, String> land) {
        Frame frame;
        if (box != null && box.west() < box.east()) {
            frame = Frame.fit(WorldOutlines.x(box.west()), WorldOutlines.y(box.north()), WorldOutlines.x(box.east()),
                    WorldOutlines.y(box.south()), 1);
        } else {
            frame = Frame.around(places.stream().map(place -> new Projected(WorldOutlines.x(place.longitude()),
                    WorldOutlines.y(place.latitude()), null)).toList(), OVERVIEW_ROOM);
        }
        Map<Long, Gathering> cells = new LinkedHashMap<>();
        for (OverviewMap.Place place : places) {
            double x = frame.px(WorldOutlines.x(place.longitude()));
            double y = frame.py(WorldOutlines.y(place.latitude()));
            if (x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT) {
                long cell = (long) (x / CELL) * 1_000 + (long) (y / CELL);
                cells.computeIfAbsent(cell, key -> new Gathering()).add(x, y, place);
            }
        }
        return new OverviewMap(land.apply(frame), cells.values().stream().map(Gathering::spot).toList());
    }

    /** Every country's outline in {@code frame} as one SVG path (they do not overlap), in whole pixels. */
    public static String land(WorldOutlines world, Frame frame) {
        StringBuilder d = new StringBuilder();
        for (WorldOutlines.Country country : world.countries()) {
            d.append(outline(country, frame).path());
        }
        return d.toString();
    }

    /** The places of one cell, as they are gathered. */
    private static final class Gathering {
        private double x;
        private double y;
        private int count;
        private String style;

        void add(double px, double py, OverviewMap.Place place) {
            x += px;
            y += py;
            String placeStyle = place.style() == null ? "" : place.style();
            style = count == 0 || placeStyle.equals(style) ? placeStyle : "mixed";
            count++;
        }

        OverviewMap.Spot spot() {
            return new OverviewMap.Spot(Math.round(x / count), Math.round(y / count), count, style);
        }
    }

    /** A pin on Web Mercator's unit square. */
    private record Projected(double x, double y, String name) {

        static Projected of(Pin pin) {
            return new Projected(WorldOutlines.x(pin.longitude()), WorldOutlines.y(pin.latitude()), pin.name());
        }
    }

    /** A country's part of the view: its path, and the box of its largest visible piece (where its name goes). */
    private record Outline(String path, double[] largest) {
    }

    /** The country's name in the middle of its largest visible piece, moved below (or above) a pin it would cover. */
    private static LocatorMap.Name nameAt(String name, double[] box, List<Projected> places, Frame frame) {
        double x = (box[0] + box[2]) / 2;
        double y = (box[1] + box[3]) / 2 + 8;
        for (Projected place : places) {
            double px = frame.px(place.x());
            double py = frame.py(place.y());
            if (Math.abs(px - x) < 60 && Math.abs(py - y) < 26) {
                y = py + 24 + 14 < HEIGHT ? py + 38 : py - 20;
            }
        }
        return new LocatorMap.Name(Math.round(x), Math.round(y), name);
    }

    /** The rings of a country that reach into the frame, clipped to it; an empty path when none does. */
    private static Outline outline(WorldOutlines.Country country, Frame frame) {
        StringBuilder d = new StringBuilder();
        double[] largest = null;
        double largestArea = 0;
        for (WorldOutlines.Ring ring : country.rings()) {
            if (!ring.overlaps(frame.left, frame.top, frame.right, frame.bottom)) {
                continue;
            }
            int n = ring.xy().length / 2;
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                xy[2 * i] = frame.px(ring.xy()[2 * i]);
                xy[2 * i + 1] = frame.py(ring.xy()[2 * i + 1]);
            }
            appendRing(d, Clip.toBox(xy, -BLEED, -BLEED, WIDTH + BLEED, HEIGHT + BLEED));
            double[] seen = Clip.toBox(xy, 0, 0, WIDTH, HEIGHT);
            if (seen.length >= 6) {
                double[] box = box(seen);
                double area = (box[2] - box[0]) * (box[3] - box[1]);
                if (area > largestArea) {
                    largestArea = area;
                    largest = box;
                }
            }
        }
        return new Outline(d.toString(), largest);
    }

    private static double[] box(double[] xy) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            box[0] = Math.min(box[0], xy[i]);
            box[1] = Math.min(box[1], xy[i + 1]);
            box[2] = Math.max(box[2], xy[i]);
            box[3] = Math.max(box[3], xy[i + 1]);
        }
        return box;
    }

    private static void appendRing(StringBuilder d, double[] xy) {
        List<long[]> points = new ArrayList<>(xy.length / 2);
        for (int i = 0; i < xy.length; i += 2) {
            long x = Math.round(xy[i]);
            long y = Math.round(xy[i + 1]);
            long[] last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || last[0] != x || last[1] != y) {
                points.add(new long[] {x, y});
            }
        }
        if (points.size() > 1 && points.get(0)[0] == points.get(points.size() - 1)[0]
                && points.get(0)[1] == points.get(points.size() - 1)[1]) {
            points.remove(points.size() - 1);
        }
        points = simplified(points);
        if (points.size() < 3) {
            return;
        }
        // the first point absolute, the others as steps from the one before (relative lineto): a step is one or two
        // digits where a position is three, and a minus sign separates numbers by itself
        d.append('M').append(points.get(0)[0]).append(' ').append(points.get(0)[1]).append('l');
        for (int i = 1; i < points.size(); i++) {
            step(d, points.get(i)[0] - points.get(i - 1)[0], i == 1);
            step(d, points.get(i)[1] - points.get(i - 1)[1], false);
        }
        d.append('z');
    }

    /** How far, in pixels, a point may lie from the line its neighbours make and still be left out. */
    static final double TOLERANCE = 0.75;

    /**
     * The ring with the points that change nothing a reader sees left out (Douglas–Peucker, within {@link #TOLERANCE}
     * of a pixel): a coast drawn in whole pixels keeps its shape with a third to a half of its points.
     */
    static List<long[]> simplified(List<long[]> ring) {
        int n = ring.size();
        if (n < 4) {
            return ring;
        }
        boolean[] kept = new boolean[n];
        kept[0] = true;
        kept[n - 1] = true;
        java.util.ArrayDeque<int[]> spans = new java.util.ArrayDeque<>();
        spans.push(new int[] {0, n - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            long[] a = ring.get(span[0]);
            long[] b = ring.get(span[1]);
            double farthest = -1;
            int at = -1;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double distance = distance(ring.get(i), a, b);
                if (distance > farthest) {
                    farthest = distance;
                    at = i;
                }
            }
            if (at >= 0 && farthest > TOLERANCE) {
                kept[at] = true;
                spans.push(new int[] {span[0], at});
                spans.push(new int[] {at, span[1]});
            }
        }
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                out.add(ring.get(i));
            }
        }
        return out;
    }

    /** The distance from {@code p} to the segment from {@code a} to {@code b}. */
    private static double distance(long[] p, long[] a, long[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
        return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
    }

    private static void step(StringBuilder d, long value, boolean first) {
        if (!first && value >= 0) {
            d.append(' ');
        }
        d.append(value);
    }

    /** The part of the projected world shown, and how it maps onto the view's pixels. */
    public record Frame(double left, double top, double right, double bottom) {

        static Frame around(List<Projected> places) {
            return around(places, ROOM);
        }

        /** The frame holding every place, {@code room} times as wide as their own box; the world when there are none. */
        static Frame around(List<Projected> places, double room) {
            double minX = 1, minY = 1, maxX = 0, maxY = 0;
            for (Projected place : places) {
                minX = Math.min(minX, place.x());
                minY = Math.min(minY, place.y());
                maxX = Math.max(maxX, place.x());
                maxY = Math.max(maxY, place.y());
            }
            if (places.isEmpty()) {
                minX = 0;
                maxX = 1;
                minY = maxY = WorldOutlines.y(20);
            }
            return fit(minX, minY, maxX, maxY, room);
        }

        /** The frame holding a box of the projected world, {@code room} times as wide, at least {@link #NARROWEST}. */
        static Frame fit(double minX, double minY, double maxX, double maxY, double room) {
            double aspect = (double) WIDTH / HEIGHT;
            double width = Math.max(NARROWEST, Math.max((maxX - minX) * room, (maxY - minY) * room * aspect));
            width = Math.min(width, 1);
            double height = width / aspect;
            double centreX = clamp((minX + maxX) / 2, width / 2, 1 - width / 2);
            double centreY = clamp((minY + maxY) / 2, height / 2, 1 - height / 2);
            return new Frame(centreX - width / 2, centreY - height / 2, centreX + width / 2, centreY + height / 2);
        }

        private static double clamp(double value, double low, double high) {
            return Math.max(low, Math.min(high, value));
        }

        double px(double x) {
            return (x - left) * WIDTH / (right - left);
        }

        double py(double y) {
            return (y - top) * HEIGHT / (bottom - top);
        }
    }

    /** Sutherland–Hodgman clipping of a closed ring against an upright box. */
    static final class Clip {

        private Clip() {
        }

        static double[] toBox(double[] xy, double left, double top, double right, double bottom) {
            double[] out = edge(xy, 0, left, false);
            out = edge(out, 0, right, true);
            out = edge(out, 1, top, false);
            return edge(out, 1, bottom, true);
        }

        /** Keeps the part of the ring on the inner side of one edge: coordinate {@code axis} ≥ limit, or ≤ when {@code below}. */
        private static double[] edge(double[] xy, int axis, double limit, boolean below) {
            int n = xy.length / 2;
            if (n == 0) {
                return xy;
            }
            double[] out = new double[4 * n + 4];
            int size = 0;
            for (int i = 0; i < n; i++) {
                int j = (i + n - 1) % n;
                double cx = xy[2 * i], cy = xy[2 * i + 1], px = xy[2 * j], py = xy[2 * j + 1];
                boolean currentIn = inside(axis == 0 ? cx : cy, limit, below);
                boolean previousIn = inside(axis == 0 ? px : py, limit, below);
                if (currentIn != previousIn) {
                    double t = (limit - (axis == 0 ? px : py)) / ((axis == 0 ? cx : cy) - (axis == 0 ? px : py));
                    out[size++] = axis == 0 ? limit : px + t * (cx - px);
                    out[size++] = axis == 0 ? py + t * (cy - py) : limit;
                }
                if (currentIn) {
                    out[size++] = cx;
                    out[size++] = cy;
                }
            }
            return java.util.Arrays.copyOf(out, size);
        }

        private static boolean inside(double value, double limit, boolean below) {
            return below ? value <= limit : value >= limit;
        }
    }
}
