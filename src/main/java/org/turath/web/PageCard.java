package org.turath.web;

/**
 * How a page looks when shared (OpenGraph and Twitter cards): its title, a sentence describing it and an image path on
 * this site, in the page's language. Pages put it in the model as {@code og}; without one a page is shared as the portal.
 */
public record PageCard(String title, String description, String image) {

    /** The longest description shown: longer text is cut at a word and marked. */
    private static final int DESCRIPTION = 200;

    public PageCard {
        if (description != null && description.length() > DESCRIPTION) {
            int cut = description.lastIndexOf(' ', DESCRIPTION - 1);
            description = description.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1) + "…";
        }
    }
}
