package org.turath.registry.web;

import org.turath.registry.HeritageKind;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The banner of a heritage item without a photograph: an Islamic geometric pattern drawn as SVG, the same for the same
 * reference and kind on every node and every day. The kind chooses the colours (from the portal's palette); the
 * reference chooses the pattern (eight-pointed stars and crosses, six-pointed stars, or octagons with their star), its
 * scale, its turn and its inner ornament.
 */
final class HeritageArt {

    /** Ground, the star's field, the lines and the inner ornament: a kind's four colours. */
    private record Colours(String ground, String field, String line, String ornament) {
    }

    private static final String GOLD = "#c9a646";
    /** Where the notches of two crossed squares fall, as a share of the tips' radius: cos 45° / cos 22.5°. */
    private static final double NOTCH = Math.cos(Math.PI / 4) / Math.cos(Math.PI / 8);
    private static final double ROOT3 = Math.sqrt(3);

    private HeritageArt() {
    }

    /** The banner's SVG document (1200 × 360, covering any box it is shown in). */
    static String banner(String reference, HeritageKind kind) {
        CRC32 crc = new CRC32();
        crc.update(reference.getBytes(StandardCharsets.UTF_8));
        long seed = crc.getValue();
        int family = (int) (seed % 3);
        double size = 84 + (seed >>> 3) % 5 * 14;
        boolean turned = ((seed >>> 7) & 1) == 1;
        boolean ornament = ((seed >>> 9) & 1) == 1;
        Colours colours = colours(kind, ((seed >>> 11) & 1) == 1);
        String tile = switch (family) {
            case 0 -> starsAndCrosses(size, colours, ornament);
            case 1 -> sixPointedStars(size, colours, ornament);
            default -> octagons(size, colours, ornament);
        };
        double height = family == 1 ? size * ROOT3 : size;
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 360" preserveAspectRatio="xMidYMid slice" \
                width="1200" height="360" aria-hidden="true">\
                <defs><pattern id="p" patternUnits="userSpaceOnUse" width="%s" height="%s"%s>%s</pattern>\
                <linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/>\
                <stop offset="1" stop-color="#000" stop-opacity=".35"/></linearGradient></defs>\
                <rect width="1200" height="360" fill="%s"/><rect width="1200" height="360" fill="url(#p)"/>\
                <rect width="1200" height="360" fill="url(#g)"/><rect y="352" width="1200" height="8" fill="%s"/></svg>"""
                .formatted(n(size), n(height), turned ? " patternTransform=\"rotate(%s 600 180)\"".formatted(family == 1 ? 30 : 45) : "",
                        tile, colours.ground(), GOLD);
    }

    private static Colours colours(HeritageKind kind, boolean alternate) {
        return switch (kind) {
            case NATURAL -> alternate ? new Colours("#1d4d35", "#266244", GOLD, "#e9dfc7")
                    : new Colours("#234f3b", "#2f6b4f", "#d8c68e", "#f3ead6");
            case MIXED -> alternate ? new Colours("#1f3b5a", "#2a4d73", GOLD, "#e9dfc7")
                    : new Colours("#243d63", "#31527f", "#d8c68e", "#f3ead6");
            case INTANGIBLE -> alternate ? new Colours("#6b2a2a", "#843838", GOLD, "#f3ead6")
                    : new Colours("#5e2b3b", "#77384b", "#d8c68e", "#f3ead6");
            case UNDERWATER -> alternate ? new Colours("#0d4660", "#135d7d", "#9fd3d6", "#e4f3f2")
                    : new Colours("#114a5c", "#1a6478", GOLD, "#e4f3f2");
            case INDUSTRIAL -> alternate ? new Colours("#3b4651", "#4b5866", GOLD, "#ebe6da")
                    : new Colours("#433f3a", "#57514a", "#d8c68e", "#ebe6da");
            case TANGIBLE_CULTURAL -> alternate ? new Colours("#0b5d52", "#0f7366", GOLD, "#f3ead6")
                    : new Colours("#0a4f46", "#136b5e", "#d8c68e", "#f6f1e7");
        };
    }

    /** Eight-pointed stars (two squares) touching point to point; the crosses between them are the ground. */
    private static String starsAndCrosses(double s, Colours c, boolean ornament) {
        double h = s / 2;
        StringBuilder tile = new StringBuilder();
        for (double[] centre : new double[][]{{h, h}, {0, 0}, {s, 0}, {0, s}, {s, s}}) {
            tile.append(polygon(star(centre[0], centre[1], h, h * NOTCH, 8), c.field(), c.line(), s / 60));
            if (ornament) {
                tile.append(polygon(star(centre[0], centre[1], h * .42, h * .42 * .72, 8), c.ornament(), c.line(), s / 90));
            } else {
                tile.append(circle(centre[0], centre[1], h * .16, c.ornament()));
            }
        }
        return tile.toString();
    }

    /** Six-pointed stars (two triangles) on a hexagonal lattice, points touching. */
    private static String sixPointedStars(double s, Colours c, boolean ornament) {
        double r = s / 2;
        double height = s * ROOT3;
        StringBuilder tile = new StringBuilder();
        for (double[] centre : new double[][]{{0, 0}, {s, 0}, {s / 2, height / 2}, {0, height}, {s, height}}) {
            tile.append(polygon(star(centre[0], centre[1], r, r / ROOT3, 6), c.field(), c.line(), s / 60));
            tile.append(ornament ? polygon(regular(centre[0], centre[1], r * .36, 6, 0), c.ornament(), c.line(), s / 90)
                    : circle(centre[0], centre[1], r * .14, c.ornament()));
        }
        return tile.toString();
    }

    /** Octagons with squares between them, each octagon holding an eight-pointed star {8/3}. */
    private static String octagons(double s, Colours c, boolean ornament) {
        double apothem = s / 2 * .94;
        double radius = apothem / Math.cos(Math.PI / 8);
        StringBuilder tile = new StringBuilder();
        for (double[] centre : new double[][]{{s / 2, s / 2}, {0, 0}, {s, 0}, {0, s}, {s, s}}) {
            tile.append(polygon(regular(centre[0], centre[1], radius, 8, Math.PI / 8), c.field(), c.line(), s / 60));
            tile.append(starPolygon(centre[0], centre[1], radius * .86, c.line(), s / 70));
            if (ornament) {
                tile.append(polygon(regular(centre[0], centre[1], radius * .3, 8, Math.PI / 8), c.ornament(), c.line(), s / 100));
            }
        }
        return tile.toString();
    }

    /** The points of a star: {@code points} tips at {@code outer}, the notches between them at {@code inner}. */
    private static double[] star(double cx, double cy, double outer, double inner, int points) {
        double[] xy = new double[points * 4];
        for (int i = 0; i < points * 2; i++) {
            double angle = Math.PI * i / points;
            double r = i % 2 == 0 ? outer : inner;
            xy[i * 2] = cx + r * Math.cos(angle);
            xy[i * 2 + 1] = cy + r * Math.sin(angle);
        }
        return xy;
    }

    private static double[] regular(double cx, double cy, double radius, int sides, double turn) {
        double[] xy = new double[sides * 2];
        for (int i = 0; i < sides; i++) {
            double angle = turn + 2 * Math.PI * i / sides;
            xy[i * 2] = cx + radius * Math.cos(angle);
            xy[i * 2 + 1] = cy + radius * Math.sin(angle);
        }
        return xy;
    }

    /** The star {8/3}: each of eight points joined to the third after it, drawn as lines. */
    private static String starPolygon(double cx, double cy, double radius, String stroke, double width) {
        double[] corners = regular(cx, cy, radius, 8, Math.PI / 8);
        StringBuilder path = new StringBuilder("M");
        int at = 0;
        for (int step = 0; step <= 8; step++) {
            path.append(n(corners[at * 2])).append(' ').append(n(corners[at * 2 + 1])).append(step < 8 ? " L" : "");
            at = (at + 3) % 8;
        }
        return "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\"/>"
                .formatted(path, stroke, n(width));
    }

    private static String polygon(double[] xy, String fill, String stroke, double width) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return "<polygon points=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\"/>"
                .formatted(points, fill, stroke, n(width));
    }

    private static String circle(double cx, double cy, double r, String fill) {
        return "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>".formatted(n(cx), n(cy), n(r), fill);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
