package org.turath.figures;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A figure's rows read from an aggregate query: its first column is the row's key (a year, a code), the next
 * {@code columns} are counts. {@code label} names a key in the reader's language.
 */
public final class FigureRows {

    private FigureRows() {
    }

    public static List<Figure.Row> read(JdbcTemplate jdbc, String sql, int columns, Function<String, String> label, Object... arguments) {
        List<Figure.Row> rows = new ArrayList<>();
        jdbc.query(sql, resultSet -> {
            List<Long> values = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                values.add(resultSet.getLong(i + 2));
            }
            rows.add(new Figure.Row(label.apply(resultSet.getString(1)), List.copyOf(values)));
        }, arguments);
        return rows;
    }
}
