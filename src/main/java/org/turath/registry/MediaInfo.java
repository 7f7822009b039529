package org.turath.registry;

import org.turath.shared.LocalizedText;

import java.util.UUID;

/**
 * An image of a heritage item as pages show it: where to get it in its sizes, its caption (also its text for screen
 * readers), credit and licence (null when not given), its size.
 */
public record MediaInfo(UUID id, LocalizedText caption, String credit, ImageLicence licence, int width, int height) {

    public String href() {
        return "/media/" + id;
    }

    public String medium() {
        return "/media/" + id + "/medium";
    }

    public String thumbnail() {
        return "/media/" + id + "/thumb";
    }

    /** The sizes for {@code srcset}: the thumbnail, the middle size (the original when no larger), the original. */
    public String srcset() {
        int thumb = Math.min(480, width);
        int medium = Math.min(1280, width);
        return thumbnail() + " " + thumb + "w, " + medium() + " " + medium + "w" + (width > 1280 ? ", " + href() + " " + width + "w" : "");
    }
}
