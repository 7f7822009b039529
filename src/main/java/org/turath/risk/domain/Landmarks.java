package org.turath.risk.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Optional;

/** The landmarks of the Old City of Jerusalem the observatory follows, read once (they change only with a migration). */
@Component
public class Landmarks {

    /** A landmark: its code, names, position and the source of the position. */
    public record Landmark(String code, LocalizedText name, double latitude, double longitude, String source) {
    }

    private final JdbcClient jdbc;
    // read at first use, after the migrations have run
    private volatile List<Landmark> all;

    Landmarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Landmark> all() {
        List<Landmark> read = all;
        if (read == null) {
            read = jdbc.sql("select code, name_ar, name_en, name_fr, latitude, longitude, source from quds_landmark order by position")
                    .query((row, n) -> new Landmark(row.getString(1), new LocalizedText(row.getString(2), row.getString(3), row.getString(4)),
                            row.getDouble(5), row.getDouble(6), row.getString(7))).list();
            all = read;
        }
        return read;
    }

    public Optional<Landmark> find(String code) {
        return all().stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
