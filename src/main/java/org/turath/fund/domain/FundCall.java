package org.turath.fund.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.turath.fund.FundCallId;
import org.turath.fund.ProjectKind;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.Refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A call for proposals: its dates, the kinds of project it takes, the most one request may ask, its rules of
 * eligibility in three languages and the weighted criteria the experts score. Open from its first day to its last,
 * both included. Each saved version is kept (Envers).
 */
@Entity
@Table(name = "fund_call")
@Audited
public class FundCall extends Recorded {

    /** What a call's form gives (checked by the form and again by {@link #check}). */
    public record Details(String reference, LocalizedText title, LocalizedText rules, LocalDate opensOn, LocalDate closesOn,
                          String currency, BigDecimal maxAmount, BigDecimal envelope, Set<ProjectKind> kinds,
                          List<Criterion> criteria) {
    }

    private String reference;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText rules;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    private String currency;
    @Column(name = "max_amount")
    private BigDecimal maxAmount;
    private BigDecimal envelope;
    private String kinds;
    private boolean demonstration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Criterion> criteria = new ArrayList<>();

    protected FundCall() {
    }

    public FundCall(Details details, boolean demonstration, String by, Instant at) {
        super(by, at);
        this.demonstration = demonstration;
        apply(details, at);
    }

    /** The rules a call is never kept without: dates in order, criteria whose weights add up to 100. */
    public static void check(Details details) {
        if (details.reference() == null || !details.reference().matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new Refusal("fund", "call-reference");
        }
        if (details.title().isEmpty() || details.opensOn() == null || details.closesOn() == null
                || details.closesOn().isBefore(details.opensOn())) {
            throw new Refusal("fund", "call-dates");
        }
        if (details.maxAmount() == null || details.maxAmount().signum() <= 0 || details.currency() == null
                || !details.currency().matches("[A-Z]{3}")) {
            throw new Refusal("fund", "call-amount");
        }
        if (details.kinds().isEmpty()) {
            throw new Refusal("fund", "call-kinds");
        }
        int total = details.criteria().stream().mapToInt(Criterion::weight).sum();
        if (details.criteria().isEmpty() || total != 100 || details.criteria().stream().anyMatch(c -> c.weight() < 1 || c.label().isEmpty())) {
            throw new Refusal("fund", "call-weights", total);
        }
    }

    public void apply(Details details, Instant at) {
        check(details);
        this.reference = details.reference();
        this.title = details.title();
        this.rules = details.rules();
        this.opensOn = details.opensOn();
        this.closesOn = details.closesOn();
        this.currency = details.currency();
        this.maxAmount = details.maxAmount();
        this.envelope = details.envelope();
        this.kinds = details.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.criteria.clear();
        this.criteria.addAll(details.criteria());
        changed(at);
    }

    public Details details() {
        return new Details(reference, title(), rules(), opensOn, closesOn, currency, maxAmount, envelope, kinds(), criteria());
    }

    /** Whether requests may be submitted under it on {@code day}. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public FundCallId id() {
        return new FundCallId(uuid());
    }

    public String reference() {
        return reference;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText rules() {
        return LocalizedText.orEmpty(rules);
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal maxAmount() {
        return maxAmount;
    }

    public BigDecimal envelope() {
        return envelope;
    }

    public Set<ProjectKind> kinds() {
        Set<ProjectKind> set = EnumSet.noneOf(ProjectKind.class);
        Arrays.stream(kinds.split(",")).filter(k -> !k.isBlank()).map(ProjectKind::valueOf).forEach(set::add);
        return set;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public boolean demonstration() {
        return demonstration;
    }
}
