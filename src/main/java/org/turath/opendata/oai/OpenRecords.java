package org.turath.opendata.oai;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code open_record} table: every record that is or was public, in the order of its last change ({@code seq}),
 * with its metadata rendered, and the sets it is in ({@code open_record_set}). Read a page at a time from a
 * position, never whole. Plain SQL that PostgreSQL and the embedded H2 both run.
 */
@Repository
class OpenRecords {

    private final JdbcClient jdbc;

    OpenRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A record as harvested: its header, and its metadata in one format (null for a deleted record or a header). */
    record Row(String identifier, List<String> sets, Instant datestamp, boolean deleted, long seq, String metadata) {
    }

    /** A record's metadata in each format it has (null where it has none). */
    record Forms(String oaiDc, String edm, String turath) {
    }

    /** What a list asks for: after a position, optionally in a set and within change times ({@code until} excluded). */
    record Query(long afterSeq, Optional<String> set, Optional<Instant> from, Optional<Instant> until) {
    }

    /** Writes a public record (new or changed): it moves to the end of the harvest order. */
    void put(String identifier, String type, String localId, List<String> sets, Forms forms, int formatVersion) {
        Instant datestamp = now();
        long seq = nextSeq();
        int updated = jdbc.sql("""
                        update open_record set datestamp = :datestamp, deleted = false, seq = :seq, format_version = :version,
                            oai_dc = :dc, edm = :edm, turath = :turath, set_specs = :sets
                        where identifier = :identifier""")
                .param("identifier", identifier).param("datestamp", Timestamp.from(datestamp)).param("seq", seq)
                .param("sets", String.join(" ", sets))
                .param("version", formatVersion).param("dc", forms.oaiDc()).param("edm", forms.edm()).param("turath", forms.turath())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into open_record (identifier, record_type, local_id, set_specs, datestamp, deleted, seq,
                                format_version, oai_dc, edm, turath)
                            values (:identifier, :type, :local, :sets, :datestamp, false, :seq, :version, :dc, :edm, :turath)""")
                    .param("identifier", identifier).param("type", type).param("local", localId)
                    .param("sets", String.join(" ", sets))
                    .param("datestamp", Timestamp.from(datestamp)).param("seq", seq)
                    .param("version", formatVersion).param("dc", forms.oaiDc()).param("edm", forms.edm()).param("turath", forms.turath())
                    .update();
        }
        jdbc.sql("delete from open_record_set where identifier = :identifier").param("identifier", identifier).update();
        for (String set : sets) {
            jdbc.sql("insert into open_record_set (spec, identifier, seq) values (:spec, :identifier, :seq)")
                    .param("spec", set).param("identifier", identifier).param("seq", seq).update();
        }
    }

    /** Marks a record that was public as deleted (kept for good: harvesters learn of it); nothing when it never was. */
    void delete(String identifier) {
        Instant datestamp = now();
        long seq = nextSeq();
        int deleted = jdbc.sql("""
                        update open_record set deleted = true, datestamp = :datestamp, seq = :seq, oai_dc = null, edm = null,
                            turath = null
                        where identifier = :identifier and deleted = false""")
                .param("identifier", identifier).param("datestamp", Timestamp.from(datestamp)).param("seq", seq)
                .update();
        if (deleted > 0) {
            jdbc.sql("update open_record_set set seq = :seq where identifier = :identifier")
                    .param("seq", seq).param("identifier", identifier).update();
        }
    }

    /**
     * One page of the records that have a form in {@code format} (a format's prefix) or are deleted, with that form
     * when {@code withMetadata} (headers only otherwise).
     */
    List<Row> page(Query query, String format, boolean withMetadata, int limit) {
        String metadata = withMetadata ? "r." + column(format) : "cast(null as varchar(1))";
        StringBuilder sql = new StringBuilder("select r.identifier, r.set_specs, r.datestamp, r.deleted, r.seq, ").append(metadata)
                .append(" as metadata from ");
        if (query.set().isPresent()) {
            sql.append("open_record_set s join open_record r on r.identifier = s.identifier where s.spec = :set and s.seq > :after");
        } else {
            sql.append("open_record r where r.seq > :after");
        }
        sql.append(query.from().isPresent() ? " and r.datestamp >= :from" : "");
        sql.append(query.until().isPresent() ? " and r.datestamp < :until" : "");
        // a record that has no form in this format (a publication in EDM) is not in its lists
        sql.append(" and (r.deleted = true or r.").append(column(format)).append(" is not null)");
        sql.append(query.set().isPresent() ? " order by s.seq" : " order by r.seq").append(" limit :limit");
        return bind(jdbc.sql(sql.toString()), query).param("after", query.afterSeq()).param("limit", limit)
                .query(OpenRecords::row).list();
    }

    /** How many records the query matches from its start (the list's size, for the resumption token). */
    long count(Query query) {
        StringBuilder sql = new StringBuilder(query.set().isPresent()
                ? "select count(*) from open_record_set s join open_record r on r.identifier = s.identifier where s.spec = :set"
                : "select count(*) from open_record r where 1 = 1");
        sql.append(query.from().isPresent() ? " and r.datestamp >= :from" : "");
        sql.append(query.until().isPresent() ? " and r.datestamp < :until" : "");
        return bind(jdbc.sql(sql.toString()), query).query(Long.class).single();
    }

    Optional<Row> find(String identifier, String format) {
        String metadata = format == null ? "cast(null as varchar(1))" : column(format);
        return jdbc.sql("select identifier, set_specs, datestamp, deleted, seq, " + metadata
                        + " as metadata from open_record where identifier = :identifier")
                .param("identifier", identifier).query(OpenRecords::row).optional();
    }

    Optional<Instant> earliest() {
        return jdbc.sql("select min(datestamp) from open_record").query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The sets records are in, each once, in order. */
    List<String> setSpecs() {
        return jdbc.sql("select distinct spec from open_record_set order by spec").query(String.class).list();
    }

    boolean setExists(String spec) {
        return jdbc.sql("select 1 from open_record_set where spec = :spec limit 1").param("spec", spec)
                .query(Integer.class).optional().isPresent();
    }

    /** How many live records of a type were rendered with this format version. */
    long live(String type, int formatVersion) {
        return jdbc.sql("select count(*) from open_record where record_type = :type and deleted = false and format_version = :version")
                .param("type", type).param("version", formatVersion).query(Long.class).single();
    }

    /** A change's datestamp: now, to the second, the granularity harvesters ask in ({@code from}, {@code until}). */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private long nextSeq() {
        return jdbc.sql("select nextval('open_record_seq')").query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query query) {
        JdbcClient.StatementSpec bound = spec;
        if (query.set().isPresent()) {
            bound = bound.param("set", query.set().get());
        }
        if (query.from().isPresent()) {
            bound = bound.param("from", Timestamp.from(query.from().get()));
        }
        if (query.until().isPresent()) {
            bound = bound.param("until", Timestamp.from(query.until().get()));
        }
        return bound;
    }

    private static String column(String format) {
        return switch (format) {
            case "oai_dc" -> "oai_dc";
            case "edm" -> "edm";
            case "turath" -> "turath";
            default -> throw new IllegalArgumentException("Unknown format " + format);
        };
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String sets = rs.getString("set_specs");
        return new Row(rs.getString("identifier"), sets.isEmpty() ? List.of() : List.of(sets.split(" ")),
                rs.getTimestamp("datestamp").toInstant(), rs.getBoolean("deleted"),
                rs.getLong("seq"), rs.getString("metadata"));
    }
}
