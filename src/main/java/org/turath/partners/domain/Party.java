package org.turath.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A party to an agreement and its share of the funding: a percentage and an amount in the plan's currency (either may be absent). */
@Embeddable
public class Party {

    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "share_percent")
    private BigDecimal sharePercent;
    @Column(name = "share_amount")
    private BigDecimal shareAmount;

    protected Party() {
    }

    public Party(UUID partnerId, BigDecimal sharePercent, BigDecimal shareAmount) {
        this.partnerId = partnerId;
        this.sharePercent = sharePercent;
        this.shareAmount = shareAmount;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    public BigDecimal shareAmount() {
        return shareAmount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Party that && Objects.equals(partnerId, that.partnerId)
                && Objects.equals(sharePercent, that.sharePercent) && Objects.equals(shareAmount, that.shareAmount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partnerId, sharePercent, shareAmount);
    }
}
