package org.turath.fund.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A call's requests in order of merit: each request's score is the weighted sum of the experts' average score on each
 * criterion (0 to 10, weights adding up to 100), so it reads from 0 to 100. Only finished reviews by experts free of
 * conflicts count; every score keeps the reasons the experts gave, so a ranking can be read and questioned.
 */
public final class Ranking {

    /** One criterion of one request: its weight, the experts' average and their reasons. */
    public record CriterionResult(Criterion criterion, BigDecimal average, List<String> reasons) {
    }

    /** One request in the ranking: its score (null before any review is in), the reviews counted, each criterion. */
    public record Entry(FundRequest request, BigDecimal score, int reviews, List<CriterionResult> criteria) {
    }

    private Ranking() {
    }

    public static Entry score(FundRequest request, List<Criterion> criteria, List<Review> reviews) {
        List<Review> counted = reviews.stream().filter(r -> r.active() && r.done() && r.scores().size() == criteria.size()).toList();
        List<CriterionResult> results = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            int index = i;
            List<String> reasons = counted.stream().map(r -> r.scores().get(index).reason()).toList();
            BigDecimal average = counted.isEmpty() ? null
                    : BigDecimal.valueOf(counted.stream().mapToInt(r -> r.scores().get(index).score()).sum())
                    .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
            if (average != null) {
                total = total.add(average.multiply(BigDecimal.valueOf(criteria.get(i).weight())).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP));
            }
            results.add(new CriterionResult(criteria.get(i), average, reasons));
        }
        return new Entry(request, counted.isEmpty() ? null : total.setScale(1, RoundingMode.HALF_UP), counted.size(), results);
    }

    /** The requests by score, highest first; those not yet scored last; ties by reference. */
    public static List<Entry> rank(List<FundRequest> requests, List<Criterion> criteria, Map<UUID, List<Review>> reviewsByRequest) {
        return requests.stream()
                .map(r -> score(r, criteria, reviewsByRequest.getOrDefault(r.id().value(), List.of())))
                .sorted(Comparator.comparing(Entry::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(e -> e.request().reference()))
                .toList();
    }
}
