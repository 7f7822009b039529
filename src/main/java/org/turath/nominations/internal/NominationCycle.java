package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The yearly cycle's dates (month-day, {@code MM-DD}), the centre's published timetable by default:
 * preliminary lists by 15 March, nomination files by 15 July, evaluations until 15 September, working
 * documents by 15 October, the Committee's session in late November, results by 31 December.
 */
@ConfigurationProperties("turath.nominations.cycle")
public record NominationCycle(String preliminaryList, String files, String evaluation, String documents, String session,
                              String results, int reminderDays, boolean requirePreliminaryList) {

    public NominationCycle {
        preliminaryList = orDefault(preliminaryList, "03-15");
        files = orDefault(files, "07-15");
        evaluation = orDefault(evaluation, "09-15");
        documents = orDefault(documents, "10-15");
        session = orDefault(session, "11-25");
        results = orDefault(results, "12-31");
        reminderDays = reminderDays <= 0 ? 14 : reminderDays;
        for (String date : new String[]{preliminaryList, files, evaluation, documents, session, results}) {
            MonthDay.parse("--" + date);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The date by which a property must be on its state's preliminary list to be nominated in {@code year}'s cycle. */
    public LocalDate preliminaryListDue(int year) {
        return on(preliminaryList, year);
    }

    /**
     * Whether a file of {@code year}'s cycle may be begun for {@code entry} (none given: empty):
     * always when the rule is off (an entry given must still be the state's own and current);
     * when on, only from an entry of the state's list listed by that cycle's preliminary-list date.
     */
    public void checkPreliminaryList(java.util.Optional<org.turath.nominations.domain.PreliminaryEntry> entry, String state, int year) {
        if (entry.isPresent() && (!entry.get().state().equals(state) || !entry.get().current())) {
            throw new Refusal("nominations", "preliminary-entry");
        }
        if (!requirePreliminaryList) {
            return;
        }
        if (entry.isEmpty()) {
            throw new Refusal("nominations", "preliminary-required");
        }
        if (entry.get().listedOn().isAfter(preliminaryListDue(year))) {
            throw new Refusal("nominations", "preliminary-late", preliminaryListDue(year), year);
        }
    }

    public LocalDate filesDue(int year) {
        return on(files, year);
    }

    public LocalDate evaluationDue(int year) {
        return on(evaluation, year);
    }

    /** The cycle a file begun on {@code today} belongs to: this year's until its files' deadline, else next year's. */
    public int cycleFor(LocalDate today) {
        return today.isAfter(filesDue(today.getYear())) ? today.getYear() + 1 : today.getYear();
    }

    /** The milestones of a year's cycle, in order (key → date). */
    public Map<String, LocalDate> milestones(int year) {
        Map<String, LocalDate> all = new LinkedHashMap<>();
        all.put("preliminaryList", on(preliminaryList, year));
        all.put("files", on(files, year));
        all.put("evaluation", on(evaluation, year));
        all.put("documents", on(documents, year));
        all.put("session", on(session, year));
        all.put("results", on(results, year));
        return all;
    }

    private static LocalDate on(String monthDay, int year) {
        return MonthDay.parse("--" + monthDay).atYear(year);
    }
}
