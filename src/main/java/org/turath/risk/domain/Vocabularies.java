package org.turath.risk.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.turath.risk.Vocabulary;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabularies reports are coded on, read once from {@code risk_term}: they change only with a migration that
 * adds terms or retires them under a new version, so a node reads them when it starts.
 */
@Component
public class Vocabularies {

    private final JdbcClient jdbc;
    private volatile Loaded loaded;

    Vocabularies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms offered for new reports, in their order (secondary factors after their primary factor). */
    public List<Term> current(Vocabulary vocabulary) {
        return load().terms.getOrDefault(vocabulary, Map.of()).values().stream().filter(Term::current).toList();
    }

    /** Any term, retired or not: what a report coded with it shows. */
    public Optional<Term> term(Vocabulary vocabulary, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(load().terms.getOrDefault(vocabulary, Map.of()).get(code));
    }

    /** Whether {@code code} is a term a new report may use. */
    public boolean offered(Vocabulary vocabulary, String code) {
        return term(vocabulary, code).filter(Term::current).isPresent();
    }

    /** The label of a term in {@code language}, its code when it is unknown (never an empty cell). */
    public String label(Vocabulary vocabulary, String code, Language language) {
        return term(vocabulary, code).flatMap(term -> term.label().in(language)).orElse(code);
    }

    /** The label of a factor with its code, as UNESCO writes it: "9.4 War". */
    public String factorLabel(String code, Language language) {
        return code + " " + label(Vocabulary.FACTOR, code, language);
    }

    /** The version of a vocabulary new reports are coded with. */
    public int version(Vocabulary vocabulary) {
        return load().versions.getOrDefault(vocabulary, 1);
    }

    private Loaded load() {
        Loaded current = loaded;
        if (current == null) {
            Map<Vocabulary, Map<String, Term>> terms = new EnumMap<>(Vocabulary.class);
            List<Term> rows = jdbc.sql("""
                    select vocabulary, code, parent, position, label_ar, label_en, label_fr, added_in, retired_in
                    from risk_term order by vocabulary, position""")
                    .query((rs, n) -> new Term(Vocabulary.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(2), rs.getString(3), rs.getInt(4),
                            new LocalizedText(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getInt(8),
                            (Integer) rs.getObject(9)))
                    .list();
            for (Term term : rows) {
                terms.computeIfAbsent(term.vocabulary(), v -> new LinkedHashMap<>()).put(term.code(), term);
            }
            Map<Vocabulary, Integer> versions = new EnumMap<>(Vocabulary.class);
            jdbc.sql("select code, version from risk_vocabulary").query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                versions.put(Vocabulary.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getInt(2));
            });
            current = new Loaded(Collections.unmodifiableMap(terms), versions);
            loaded = current;
        }
        return current;
    }

    private record Loaded(Map<Vocabulary, Map<String, Term>> terms, Map<Vocabulary, Integer> versions) {
    }
}
