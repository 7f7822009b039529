package org.turath.nominations.internal;

import org.turath.nominations.domain.Completeness;

import java.util.List;

/** A submission refused because the dossier lacks what {@link #missing()} lists. */
public class IncompleteDossierException extends RuntimeException {

    private final transient List<Completeness.Missing> missing;

    public IncompleteDossierException(List<Completeness.Missing> missing) {
        super("The dossier is incomplete: " + missing.size() + " missing");
        this.missing = List.copyOf(missing);
    }

    public List<Completeness.Missing> missing() {
        return missing;
    }
}
