package org.turath.alerts.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What "check an object" looks things up by, kept in the alert's own transaction: the folded words of each alert, and
 * eight 8-bit bands of each photograph's perceptual hash. Two hashes within 7 bits of each other share at least one
 * band (eight bands, at most seven differing bits), so the photographs near a visitor's come from the index, with no
 * photograph read that shares no band.
 */
@Component
class AlertIndex {

    static final int BANDS = 8;

    /** A photograph of an active public alert whose hash shares a band with the one asked about. */
    record Candidate(UUID photoId, UUID alertId, long hash) {
    }

    private final JdbcTemplate jdbc;

    AlertIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void words(UUID alertId, Collection<String> words) {
        jdbc.update("delete from object_alert_word where alert_id = ?", alertId);
        List<Object[]> rows = words.stream().map(w -> new Object[]{w, alertId}).toList();
        jdbc.batchUpdate("insert into object_alert_word (word, alert_id) values (?, ?)", rows);
    }

    void bands(UUID photoId, long hash) {
        List<Object[]> rows = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            rows.add(new Object[]{band, band(hash, band), photoId});
        }
        jdbc.batchUpdate("insert into object_alert_photo_band (band, band_value, photo_id) values (?, ?, ?)", rows);
    }

    /** Active public alerts that have any of {@code words}, with how many of them each has, most first. */
    Map<UUID, Integer> byWords(Collection<String> words, int limit) {
        Map<UUID, Integer> found = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", words.stream().map(w -> "?").toList());
        List<Object> arguments = new ArrayList<>(words);
        arguments.add(limit);
        jdbc.query("select w.alert_id, count(*) as hits from object_alert_word w join object_alert a on a.id = w.alert_id"
                        + " where w.word in (" + marks + ") and a.stage = 'PUBLISHED' and a.status = 'ACTIVE'"
                        + " group by w.alert_id order by hits desc, w.alert_id limit ?",
                rs -> {
                    found.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, arguments.toArray());
        return found;
    }

    /** Photographs of active public alerts sharing at least one band with {@code hash}. */
    List<Candidate> byHash(long hash, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            where.append(band == 0 ? "" : " or ").append("(b.band = ? and b.band_value = ?)");
            arguments.add(band);
            arguments.add(band(hash, band));
        }
        arguments.add(limit);
        return jdbc.query("select distinct p.id, p.alert_id, p.phash from object_alert_photo_band b"
                        + " join object_alert_photo p on p.id = b.photo_id join object_alert a on a.id = p.alert_id"
                        + " where (" + where + ") and a.stage = 'PUBLISHED' and a.status = 'ACTIVE' limit ?",
                (rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3)),
                arguments.toArray());
    }

    private static short band(long hash, int band) {
        return (short) ((hash >>> (8 * band)) & 0xFF);
    }
}
