package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.turath.partners.domain.Partner;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Fills the alphabetical keys V32 added, for the partners kept before it, as {@link Partner} computes them. */
public class V33__Partner_sort_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("select id, name_ar, name_en, name_fr from partner");
             ResultSet rows = select.executeQuery();
             PreparedStatement update = connection.prepareStatement(
                     "update partner set sort_key_ar = ?, sort_key_en = ?, sort_key_fr = ? where id = ?")) {
            while (rows.next()) {
                LocalizedText name = new LocalizedText(rows.getString(2), rows.getString(3), rows.getString(4));
                update.setString(1, Partner.sortKey(name, Language.AR));
                update.setString(2, Partner.sortKey(name, Language.EN));
                update.setString(3, Partner.sortKey(name, Language.FR));
                update.setObject(4, rows.getObject(1));
                update.executeUpdate();
            }
        }
    }
}
