package org.turath.partners;

/** What kind of body a partner is. */
public enum PartnerKind {
    GOVERNMENT,
    UNIVERSITY,
    MUSEUM,
    INTERNATIONAL,
    FOUNDATION,
    PRIVATE
}
