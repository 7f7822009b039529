package org.turath.fund.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A step of the work plan: what is done by when, and the tranche it releases. Once the project is funded, the state
 * reports it reached (with what was done) and the secretariat records the payment.
 */
@Embeddable
public class Milestone {

    private String title;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private BigDecimal tranche;
    @Column(name = "reached_on")
    private LocalDate reachedOn;
    private String report;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    protected Milestone() {
    }

    public Milestone(String title, LocalDate dueOn, BigDecimal tranche) {
        this.title = title;
        this.dueOn = dueOn;
        this.tranche = tranche;
    }

    void reached(LocalDate on, String text) {
        this.reachedOn = on;
        this.report = text;
    }

    void paid(LocalDate on, BigDecimal amount) {
        this.paidOn = on;
        this.paidAmount = amount;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public BigDecimal tranche() {
        return tranche;
    }

    public LocalDate reachedOn() {
        return reachedOn;
    }

    public String report() {
        return report;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public boolean reached() {
        return reachedOn != null;
    }

    public boolean paid() {
        return paidOn != null;
    }
}
