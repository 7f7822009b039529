package org.turath.partners.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an agreement's funding plan. A plan is optional (a memorandum may have none), but once any share is
 * given: every party has a percentage, the percentages add up to 100 %, and where the plan has a total, every party has
 * an amount, the amounts add up to the total and each amount is its party's percentage of it (to half a point).
 */
public final class FundingPlan {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HALF_POINT = new BigDecimal("0.5");

    private FundingPlan() {
    }

    /** The problems with a plan, by the form field they belong to (message codes of the "partners.error." family). */
    public static Map<String, String> problems(String currency, BigDecimal total, List<Party> parties) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean anyShare = total != null || parties.stream().anyMatch(p -> p.sharePercent() != null || p.shareAmount() != null);
        if (!anyShare) {
            return problems;
        }
        if (total != null || parties.stream().anyMatch(p -> p.shareAmount() != null)) {
            if (currency == null || !known(currency)) {
                problems.put("currency", "currency");
            }
            if (total == null) {
                problems.put("total", "total-missing");
            } else if (total.signum() <= 0) {
                problems.put("total", "amount");
            }
        }
        BigDecimal percents = BigDecimal.ZERO;
        BigDecimal amounts = BigDecimal.ZERO;
        for (Party party : parties) {
            if (party.sharePercent() == null) {
                problems.putIfAbsent("shares", "share-missing");
                continue;
            }
            if (party.sharePercent().signum() < 0 || party.sharePercent().compareTo(HUNDRED) > 0) {
                problems.putIfAbsent("shares", "percent");
            }
            percents = percents.add(party.sharePercent());
            if (total != null) {
                if (party.shareAmount() == null) {
                    problems.putIfAbsent("shares", "amount-missing");
                    continue;
                }
                if (party.shareAmount().signum() < 0) {
                    problems.putIfAbsent("shares", "amount");
                    continue;
                }
                amounts = amounts.add(party.shareAmount());
                if (total.signum() > 0) {
                    BigDecimal actual = party.shareAmount().multiply(HUNDRED).divide(total, 4, RoundingMode.HALF_UP);
                    if (actual.subtract(party.sharePercent()).abs().compareTo(HALF_POINT) > 0) {
                        problems.putIfAbsent("shares", "share-mismatch");
                    }
                }
            }
        }
        if (!problems.containsKey("shares") && percents.compareTo(HUNDRED) != 0) {
            problems.put("shares", "percent-sum");
        }
        if (!problems.containsKey("shares") && total != null && amounts.compareTo(total) != 0) {
            problems.put("shares", "amount-sum");
        }
        return problems;
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return code.matches("[A-Z]{3}");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
