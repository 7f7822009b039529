package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.turath.shared.TextInput;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Rich text is now read out as markup without being sanitised again ({@code RichText}), so every column
 * that holds it must already be sanitised. Before this version one way in did not: a nomination's dossier
 * text became an item's description as it was typed. This passes every such column once through the same
 * sanitiser; a text that is already clean is left as it is.
 */
public class V10__Sanitise_rich_text extends BaseJavaMigration {

    private record Columns(String table, List<String> columns) {
    }

    private static final List<Columns> RICH = List.of(
            new Columns("heritage_item", List.of("description_ar", "description_en", "description_fr",
                    "justification_ar", "justification_en", "justification_fr")),
            new Columns("publication", List.of("summary_ar", "summary_en", "summary_fr")),
            new Columns("news_article", List.of("body_ar", "body_en", "body_fr")),
            new Columns("learning_activity", List.of("summary_ar", "summary_en", "summary_fr")));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Columns rich : RICH) {
            String columns = String.join(", ", rich.columns());
            try (PreparedStatement select = connection.prepareStatement("select id, " + columns + " from " + rich.table());
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (int i = 0; i < rich.columns().size(); i++) {
                        String kept = rows.getString(i + 2);
                        String clean = TextInput.rich(kept);
                        if (kept != null && !Objects.equals(kept, clean)) {
                            try (PreparedStatement update = connection.prepareStatement(
                                    "update " + rich.table() + " set " + rich.columns().get(i) + " = ? where id = ?")) {
                                update.setString(1, clean);
                                update.setObject(2, rows.getObject(1));
                                update.executeUpdate();
                            }
                        }
                    }
                }
            }
        }
    }
}
