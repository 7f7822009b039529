package org.turath.risk.domain;

import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an assessor writes in a report: the item (and component) assessed, when and how, the condition and the extent
 * of damage, the causes with their certainty, the effects seen, the threats ahead with their probability, the action
 * recommended with its priority, the sources, whether the place is sensitive, and where the assessment was made (as the
 * assessor's device gave it; both or neither). Codes are terms of the vocabularies.
 */
public record ReportContent(String itemReference, Integer componentPosition, LocalDate assessedOn, LocalDate imageryOn,
                            String assessment, String assessor, String condition, String extent, LocalizedText summary,
                            LocalizedText action, String priority, List<Cause> causes, Set<String> effects,
                            List<Threat> threats, String sources, boolean sensitive, Double latitude, Double longitude) {

    /** A report without the position where it was made. */
    public ReportContent(String itemReference, Integer componentPosition, LocalDate assessedOn, LocalDate imageryOn,
                         String assessment, String assessor, String condition, String extent, LocalizedText summary,
                         LocalizedText action, String priority, List<Cause> causes, Set<String> effects,
                         List<Threat> threats, String sources, boolean sensitive) {
        this(itemReference, componentPosition, assessedOn, imageryOn, assessment, assessor, condition, extent, summary, action, priority,
                causes, effects, threats, sources, sensitive, null, null);
    }

    public ReportContent {
        causes = List.copyOf(causes);
        effects = Set.copyOf(effects);
        threats = List.copyOf(threats);
        summary = LocalizedText.orEmpty(summary);
        action = LocalizedText.orEmpty(action);
    }

    /** A factor that caused damage, and how sure the assessor is of it. */
    public record Cause(String factor, String certainty) {

        String encode() {
            return factor + ":" + certainty;
        }

        static Cause decode(String value) {
            int colon = value.indexOf(':');
            return new Cause(value.substring(0, colon), value.substring(colon + 1));
        }
    }

    /** A factor that threatens the item, and how likely it is to act. */
    public record Threat(String factor, String probability) {

        String encode() {
            return factor + ":" + probability;
        }

        static Threat decode(String value) {
            int colon = value.indexOf(':');
            return new Threat(value.substring(0, colon), value.substring(colon + 1));
        }
    }
}
