package org.turath.topics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary of topics as the other modules use it: the topics an editor may pick (in their order), a record's
 * codes read from its form (each one of the vocabulary's), and their labels in the reader's language. The vocabulary
 * changes only with a migration, so it is read once per node.
 */
@Component
public class Topics {

    /** A topic: its code, its label in each language, and whether it is still offered. */
    public record Topic(String code, LocalizedText label, boolean retired) {

        public String label(Language language) {
            return label.in(language).orElse(code);
        }
    }

    private final JdbcTemplate jdbc;
    private volatile Map<String, Topic> byCode;

    Topics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The topics an editor may pick, in their order. */
    public List<Topic> offered() {
        return all().values().stream().filter(topic -> !topic.retired()).toList();
    }

    /** What an editor picks from for a record that has {@code kept}: the topics offered, and a retired one it already has. */
    public List<Topic> choices(List<String> kept) {
        return all().values().stream().filter(topic -> !topic.retired() || kept.contains(topic.code())).toList();
    }

    public Optional<Topic> find(String code) {
        return Optional.ofNullable(code == null ? null : all().get(code));
    }

    /** The labels of {@code codes} in {@code language}, in the vocabulary's order; a code it does not know is shown as it is. */
    public List<String> labels(List<String> codes, Language language) {
        Set<String> wanted = new LinkedHashSet<>(codes);
        List<String> labels = new ArrayList<>();
        all().values().stream().filter(topic -> wanted.remove(topic.code())).forEach(topic -> labels.add(topic.label(language)));
        labels.addAll(wanted);
        return labels;
    }

    /**
     * The codes an editor picked ({@code picked}), each once; a code the vocabulary does not offer puts {@code errorKey}
     * under {@code field} in {@code errors}. A retired topic a record already had stays allowed ({@code kept}).
     */
    public List<String> read(List<String> picked, List<String> kept, String field, String errorKey, Map<String, String> errors) {
        List<String> codes = new ArrayList<>();
        for (String code : picked == null ? List.<String>of() : picked) {
            Optional<Topic> topic = find(code == null ? null : code.strip());
            if (topic.isEmpty() || topic.get().retired() && !kept.contains(topic.get().code())) {
                errors.put(field, errorKey);
            } else if (!codes.contains(topic.get().code())) {
                codes.add(topic.get().code());
            }
        }
        return codes;
    }

    /** The codes a stored value holds (comma-separated). */
    public static List<String> codes(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return List.of(stored.split(",")).stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    private Map<String, Topic> all() {
        Map<String, Topic> topics = byCode;
        if (topics == null) {
            Map<String, Topic> read = new LinkedHashMap<>();
            jdbc.query("select code, label_ar, label_en, label_fr, retired from topic order by position, code", row -> {
                read.put(row.getString(1), new Topic(row.getString(1),
                        new LocalizedText(row.getString(2), row.getString(3), row.getString(4)), row.getBoolean(5)));
            });
            topics = java.util.Collections.unmodifiableMap(read);
            byCode = topics;
        }
        return topics;
    }
}
