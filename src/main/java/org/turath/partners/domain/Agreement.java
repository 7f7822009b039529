package org.turath.partners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.turath.partners.AgreementId;
import org.turath.partners.AgreementKind;
import org.turath.partners.AgreementStatus;
import org.turath.partners.Renewal;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.Refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agreement between the centre and its partners: what it is for, its parties and their shares of the funding, its
 * terms (the first from the signature, then each renewal), what came of it, and the signed document. Where it stands
 * is read from its dates on the day asked ({@link #status(LocalDate)}). Each saved version is kept (Envers).
 */
@Entity
@Table(name = "agreement")
@Audited
public class Agreement extends Recorded {

    /** An agreement is "expiring" in the last six months of its term. */
    public static final int EXPIRING_MONTHS = 6;

    /** How exactly a signature date is known: to the day, or only its year (the source gives no more). */
    public enum Precision {
        DAY,
        YEAR
    }

    /** What an agreement's form gives (checked by the form: the funding plan adds up, the parties are two or more). */
    public record Details(AgreementKind kind, LocalizedText title, LocalizedText purpose, boolean concluded, LocalDate signedOn,
                          Precision precision, Integer termMonths, Renewal renewal, String currency, BigDecimal totalAmount,
                          boolean amountsPublic, List<Party> parties, List<Outcome> outcomes, String sources, String keeper) {
    }

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText purpose;
    private boolean concluded;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "signed_precision")
    private Precision precision;
    @Column(name = "term_months")
    private Integer termMonths;
    @Enumerated(EnumType.STRING)
    private Renewal renewal;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "terminated_on")
    private LocalDate terminatedOn;
    @Column(name = "termination_note")
    private String terminationNote;
    private String currency;
    @Column(name = "total_amount")
    private BigDecimal totalAmount;
    @Column(name = "amounts_public")
    private boolean amountsPublic;
    private String keeper;
    @Column(name = "reminded_90")
    private int reminded90;
    @Column(name = "reminded_30")
    private int reminded30;
    @Column(name = "document_file")
    private String documentFile;
    @Column(name = "document_name")
    private String documentName;
    @Column(name = "document_size")
    private Long documentSize;
    private String sources;
    private boolean demonstration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Party> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_term", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Term> terms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_outcome", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Outcome> outcomes = new ArrayList<>();

    protected Agreement() {
    }

    public Agreement(Details details, boolean demonstration, String by, Instant at) {
        super(by, at);
        this.demonstration = demonstration;
        apply(details, by, at);
    }

    /**
     * New details. The first term follows the signature date and the term's length; once the agreement was renewed,
     * both are history and cannot change here.
     */
    public void apply(Details details, String by, Instant at) {
        if (terminatedOn != null) {
            throw new Refusal("partners", "terminated");
        }
        if (terms.size() > 1 && (!java.util.Objects.equals(details.signedOn(), signedOn) || !java.util.Objects.equals(details.termMonths(), termMonths)
                || details.precision() != precision)) {
            throw new Refusal("partners", "renewed-dates");
        }
        if (concluded && !details.concluded()) {
            throw new Refusal("partners", "concluded");
        }
        this.kind = details.kind();
        this.title = details.title();
        this.purpose = details.purpose();
        this.concluded = details.concluded();
        this.signedOn = details.signedOn();
        this.precision = details.precision();
        this.termMonths = details.termMonths();
        this.renewal = details.renewal();
        this.currency = details.currency();
        this.totalAmount = details.totalAmount();
        this.amountsPublic = details.amountsPublic();
        this.sources = details.sources();
        this.keeper = details.keeper();
        this.parties.clear();
        this.parties.addAll(details.parties());
        this.outcomes.clear();
        this.outcomes.addAll(details.outcomes());
        if (terms.size() <= 1) {
            terms.clear();
            if (concluded && signedOn != null && termMonths != null) {
                terms.add(new Term(firstDay(), lastDayFrom(firstDay()), Term.Basis.SIGNATURE, null, by, at));
            }
        }
        this.endsOn = terms.isEmpty() ? null : terms.get(terms.size() - 1).endsOn();
        changed(at);
    }

    /** Where the agreement stands on {@code today}. */
    public AgreementStatus status(LocalDate today) {
        if (!concluded) {
            return AgreementStatus.DRAFT;
        }
        if (terminatedOn != null && !terminatedOn.isAfter(today)) {
            return AgreementStatus.TERMINATED;
        }
        if (endsOn == null) {
            return AgreementStatus.IN_FORCE;
        }
        if (endsOn.isBefore(today)) {
            return AgreementStatus.EXPIRED;
        }
        if (!endsOn.isAfter(today.plusMonths(EXPIRING_MONTHS))) {
            return AgreementStatus.EXPIRING;
        }
        return terms.size() > 1 ? AgreementStatus.RENEWED : AgreementStatus.IN_FORCE;
    }

    /** Renews it for one more term from the end of the current one, on a decision (its reference) — in one action, history kept. */
    public void renew(String decision, String by, Instant at, LocalDate today) {
        AgreementStatus status = status(today);
        if (status == AgreementStatus.DRAFT || status == AgreementStatus.TERMINATED || endsOn == null) {
            throw new Refusal("partners", "not-renewable");
        }
        addTerm(Term.Basis.DECISION, decision, by, at);
    }

    /**
     * A tacitly renewed agreement whose term ended before {@code today} and that nobody ended goes on for another term
     * (as many as passed). Returns whether it did.
     */
    public boolean renewTacitly(LocalDate today, Instant at) {
        boolean renewed = false;
        while (renewal == Renewal.TACIT && concluded && terminatedOn == null && endsOn != null && endsOn.isBefore(today)) {
            addTerm(Term.Basis.TACIT, null, "system", at);
            renewed = true;
        }
        return renewed;
    }

    /** Ends it on {@code on}, with why; it stays on record. */
    public void terminate(LocalDate on, String note, Instant at) {
        if (!concluded || terminatedOn != null) {
            throw new Refusal("partners", "not-terminable");
        }
        this.terminatedOn = on;
        this.terminationNote = note;
        changed(at);
    }

    /**
     * The reminder due on {@code today}, if any: 90 days before the end of the current term, then 30, each once per
     * term (an agreement that comes in late, with 20 days left, gets only the second).
     */
    public Optional<Integer> reminderDue(LocalDate today) {
        if (!status(today).inForce() || endsOn == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, endsOn);
        int term = terms.size();
        if (days <= 30 && reminded30 < term) {
            return Optional.of(30);
        }
        if (days <= 90 && reminded90 < term) {
            return Optional.of(90);
        }
        return Optional.empty();
    }

    /** The reminder {@code days} before the end was sent for the current term. */
    public void reminded(int days) {
        if (days <= 30) {
            reminded30 = terms.size();
        }
        reminded90 = terms.size();
    }

    /** The signed document (the stored file's generated name, the name it came with, its size). */
    public void attach(String storedName, String shownName, long size, Instant at) {
        this.documentFile = storedName;
        this.documentName = shownName;
        this.documentSize = size;
        changed(at);
    }

    public void markDemonstration() {
        this.demonstration = true;
    }

    private void addTerm(Term.Basis basis, String decision, String by, Instant at) {
        LocalDate start = endsOn.plusDays(1);
        terms.add(new Term(start, lastDayFrom(start), basis, decision, by, at));
        endsOn = terms.get(terms.size() - 1).endsOn();
        changed(at);
    }

    private LocalDate firstDay() {
        // known only to the year: the term is reckoned from the year's last day, so it is never said to end before it does
        return precision == Precision.YEAR ? signedOn.withDayOfYear(1).plusYears(1).minusDays(1) : signedOn;
    }

    private LocalDate lastDayFrom(LocalDate start) {
        return start.plusMonths(termMonths).minusDays(1);
    }

    public AgreementId id() {
        return new AgreementId(uuid());
    }

    public Details details() {
        return new Details(kind, title(), purpose(), concluded, signedOn, precision, termMonths, renewal, currency, totalAmount,
                amountsPublic, List.copyOf(parties), List.copyOf(outcomes), sources, keeper);
    }

    public AgreementKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText purpose() {
        return LocalizedText.orEmpty(purpose);
    }

    public boolean concluded() {
        return concluded;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public Precision precision() {
        return precision;
    }

    /** The length of a term in months; null when it has none on record (open-ended, or not given by the source). */
    public Integer termMonths() {
        return termMonths;
    }

    public Renewal renewal() {
        return renewal;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    public String terminationNote() {
        return terminationNote;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal totalAmount() {
        return totalAmount;
    }

    public boolean amountsPublic() {
        return amountsPublic;
    }

    public String keeper() {
        return keeper;
    }

    public String documentFile() {
        return documentFile;
    }

    public String documentName() {
        return documentName;
    }

    public Long documentSize() {
        return documentSize;
    }

    public String sources() {
        return sources;
    }

    public boolean demonstration() {
        return demonstration;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public List<Term> terms() {
        return List.copyOf(terms);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
