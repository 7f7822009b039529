package org.turath.museums;

import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules ask of the museums' directory: an entry by id or address, and who curates which. */
public interface MuseumsApi {

    /** A museum's entry as other modules show and check it; its position may be missing. */
    record MuseumSummary(MuseumId id, String reference, LocalizedText name, String state, LocalizedText city, boolean published,
                         Set<String> curators, Double latitude, Double longitude) {

        public MuseumSummary {
            curators = Set.copyOf(curators);
        }

        public boolean located() {
            return latitude != null && longitude != null;
        }

        public boolean curatedBy(String email) {
            return email != null && curators.contains(email);
        }
    }

    Optional<MuseumSummary> find(MuseumId id);

    Optional<MuseumSummary> findByReference(String reference);

    /** Published museums after the cursor, in a stable order, {@code limit} at a time (an export's keyset). */
    org.turath.shared.Slice<MuseumSummary> published(Optional<String> cursor, int limit);

    /** The museums {@code email} curates, at most {@code limit}. */
    List<MuseumSummary> curatedBy(String email, int limit);
}
