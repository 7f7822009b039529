package org.turath.registry;

/**
 * Under which terms an image may be reused, from Creative Commons and rightsstatements.org: each with the address of
 * its text (the label is the message {@code licence.<NAME>}).
 */
public enum ImageLicence {
    CC_BY_4_0("https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC_4_0("https://creativecommons.org/licenses/by-nc/4.0/"),
    CC0_1_0("https://creativecommons.org/publicdomain/zero/1.0/"),
    PUBLIC_DOMAIN("https://creativecommons.org/publicdomain/mark/1.0/"),
    IN_COPYRIGHT("https://rightsstatements.org/vocab/InC/1.0/");

    private final String url;

    ImageLicence(String url) {
        this.url = url;
    }

    public String url() {
        return url;
    }
}
