package org.turath.fund.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.turath.shared.LocalizedText;

/** One of a call's criteria: what the experts score (0 to 10) and its weight in the total (the weights add up to 100). */
@Embeddable
public class Criterion {

    @Embedded
    private LocalizedText label;
    private int weight;

    protected Criterion() {
    }

    public Criterion(LocalizedText label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    public LocalizedText label() {
        return LocalizedText.orEmpty(label);
    }

    public int weight() {
        return weight;
    }
}
