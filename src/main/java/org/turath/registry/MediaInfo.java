package org.turath.registry;

import org.turath.shared.LocalizedText;

import java.util.UUID;

/** An image of a heritage item as pages show it: where to get it, its caption and credit, its size. */
public record MediaInfo(UUID id, LocalizedText caption, String credit, int width, int height) {

    public String href() {
        return "/media/" + id;
    }

    public String thumbnail() {
        return "/media/" + id + "/thumb";
    }
}
