package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the topics typed as free text before V39 — of trainings, publications and news — into codes of the vocabulary:
 * a text that is a topic's label in any language becomes its code; any other becomes a topic of its own (its text as
 * the label in every language, to be translated), so nothing typed is lost.
 */
public class V40__Topic_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, String> byLabel = new HashMap<>();
        int position = 1000;
        try (PreparedStatement select = connection.prepareStatement("select code, label_ar, label_en, label_fr from topic");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                for (int column = 1; column <= 4; column++) {
                    byLabel.put(key(rows.getString(column)), rows.getString(1));
                }
            }
        }
        for (String[] table : new String[][]{{"learning_activity", "topics"}, {"publication", "topics"}, {"news_article", "tags"}}) {
            List<Object[]> changes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, " + table[1] + " from " + table[0] + " where " + table[1] + " is not null");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Set<String> codes = new LinkedHashSet<>();
                    for (String typed : rows.getString(2).split("[;,،؛]")) {
                        String text = typed.strip();
                        if (text.isEmpty()) {
                            continue;
                        }
                        String code = byLabel.get(key(text));
                        if (code == null) {
                            code = newCode(text, byLabel);
                            try (PreparedStatement insert = connection.prepareStatement(
                                    "insert into topic (code, label_ar, label_en, label_fr, position, retired) values (?, ?, ?, ?, ?, false)")) {
                                String label = text.length() > 200 ? text.substring(0, 200) : text;
                                insert.setString(1, code);
                                insert.setString(2, label);
                                insert.setString(3, label);
                                insert.setString(4, label);
                                insert.setInt(5, position++);
                                insert.executeUpdate();
                            }
                            byLabel.put(key(text), code);
                        }
                        codes.add(code);
                    }
                    changes.add(new Object[]{rows.getObject(1), codes.isEmpty() ? null : String.join(",", codes)});
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table[0] + " set " + table[1] + " = ? where id = ?")) {
                for (Object[] change : changes) {
                    update.setString(1, (String) change[1]);
                    update.setObject(2, change[0]);
                    update.executeUpdate();
                }
            }
        }
    }

    private static String key(String label) {
        return label == null ? "" : Normalizer.normalize(label, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** A code for a typed topic: its Latin letters and digits, or a number, made unique. */
    private static String newCode(String text, Map<String, String> taken) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty() || base.length() > 40) {
            base = "topic-" + Integer.toHexString(text.hashCode());
        }
        String code = base;
        for (int n = 2; taken.containsValue(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }
}
