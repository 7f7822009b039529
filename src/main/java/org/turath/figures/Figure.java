package org.turath.figures;

import java.util.List;

/**
 * One figure of the dashboard, ready to draw in the reader's language: a chart, the same numbers as a table (rows of a
 * label and one value per column), and a CSV. {@code byState} is false for a figure the state filter does not apply
 * to (trainings and publications are not kept by state); the page then says it shows every state.
 *
 * @param id     stable, for its anchor and its CSV ({@code /{lang}/figures/{id}.csv})
 * @param chart  {@code bar}, {@code stacked} (bars of several columns stacked) or {@code line}; {@code bar-across} and
 *               {@code stacked-across} draw a list of names (every state, every factor) as bars across the page, a row each
 * @param header the heading of the rows' column (a year, a state, a kind)
 */
public record Figure(String id, String title, String chart, String header, List<String> columns, List<Row> rows, boolean byState) {

    /** A row of the table: its label and one value per column. */
    public record Row(String label, List<Long> values) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The sum of each column, for the table's last row. */
    public List<Long> totals() {
        return java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> rows.stream().mapToLong(r -> r.values().get(i)).sum()).toList();
    }
}
