package org.turath.engagement.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.engagement.domain.FeedbackAnswer;
import org.turath.engagement.domain.FeedbackAnswers;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.NotAllowedException;
import org.turath.shared.Slice;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The satisfaction survey: answers kept, and read back month by month for the secretariat. */
@Service
@Transactional
public class FeedbackDesk {

    /** One month of answers: how many gave each score (1 to 5), and the mean. */
    public record Month(YearMonth month, long[] counts) {
        public long total() {
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            return total;
        }

        public double mean() {
            long total = total();
            if (total == 0) {
                return 0;
            }
            double sum = 0;
            for (int score = 1; score <= 5; score++) {
                sum += score * counts[score - 1];
            }
            return sum / total;
        }

        public long count(int score) {
            return counts[score - 1];
        }
    }

    private final FeedbackAnswers answers;
    private final Clock clock;

    FeedbackDesk(FeedbackAnswers answers, Optional<Clock> clock) {
        this.answers = answers;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public FeedbackAnswer answer(int score, String comment, String page, Language language) {
        return answers.save(new FeedbackAnswer(score, comment, page, language, clock.instant()));
    }

    /** The last {@code months} months, oldest first, empty months included. */
    @Transactional(readOnly = true)
    public List<Month> monthly(Actor actor, int months) {
        requireSecretariat(actor);
        YearMonth current = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        YearMonth first = current.minusMonths(months - 1L);
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            byMonth.put(m, new long[5]);
        }
        for (Object[] row : answers.monthly(first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            long[] counts = byMonth.get(month);
            if (counts != null) {
                counts[((Number) row[2]).intValue() - 1] += ((Number) row[3]).longValue();
            }
        }
        List<Month> result = new ArrayList<>();
        byMonth.forEach((month, counts) -> result.add(new Month(month, counts)));
        return result;
    }

    /** Answers with a comment, latest first. */
    @Transactional(readOnly = true)
    public Slice<FeedbackAnswer> comments(Actor actor, Optional<String> cursor, int limit) {
        requireSecretariat(actor);
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(answers.commentsBefore(before.time(), before.id(), Limit.of(limit + 1)), limit,
                a -> new KeysetCursor.At(a.answeredAt(), a.id()).encode());
    }

    static void requireSecretariat(Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.SECRETARIAT)) {
            throw new NotAllowedException();
        }
    }
}
