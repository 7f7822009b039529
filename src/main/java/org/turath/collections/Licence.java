package org.turath.collections;

/**
 * The terms an image is shared under, each a rights statement a IIIF manifest can name: the Creative Commons licences
 * and marks, and the rightsstatements.org statements for what is not openly licensed.
 */
public enum Licence {
    CC0("http://creativecommons.org/publicdomain/zero/1.0/"),
    PDM("http://creativecommons.org/publicdomain/mark/1.0/"),
    CC_BY("http://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("http://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC("http://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA("http://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_ND("http://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC_ND("http://creativecommons.org/licenses/by-nc-nd/4.0/"),
    IN_COPYRIGHT("http://rightsstatements.org/vocab/InC/1.0/"),
    IN_COPYRIGHT_EDUCATIONAL("http://rightsstatements.org/vocab/InC-EDU/1.0/"),
    NO_COPYRIGHT_NON_COMMERCIAL("http://rightsstatements.org/vocab/NoC-NC/1.0/"),
    NOT_EVALUATED("http://rightsstatements.org/vocab/CNE/1.0/");

    private final String uri;

    Licence(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
