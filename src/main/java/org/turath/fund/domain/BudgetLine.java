package org.turath.fund.domain;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A line of a project's budget: what it pays for, what it costs, and what another funder pays of it. */
@Embeddable
public class BudgetLine {

    private String label;
    private BigDecimal amount;
    private BigDecimal cofunding;
    private String cofunder;

    protected BudgetLine() {
    }

    public BudgetLine(String label, BigDecimal amount, BigDecimal cofunding, String cofunder) {
        this.label = label;
        this.amount = amount;
        this.cofunding = cofunding;
        this.cofunder = cofunder;
    }

    public String label() {
        return label;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** What others pay of the line, zero when nobody does. */
    public BigDecimal cofunding() {
        return cofunding == null ? BigDecimal.ZERO : cofunding;
    }

    public String cofunder() {
        return cofunder;
    }
}
