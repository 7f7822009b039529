package org.turath.collections.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.turath.collections.Licence;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.internal.ImageDesk;
import org.turath.collections.internal.ObjectImports;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;
import org.turath.web.Trilingual;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a CSV file of objects (UTF-8, a header row naming the columns, one object a row) with the very rules of the
 * object's form: each row becomes the form an editor would have typed and is checked by it, so a problem is said by
 * row and column in the words the form uses. The columns are the Object ID fields, three-language ones once per
 * language ({@code title_ar}, {@code title_en}, {@code title_fr}); {@code unesco_id_no} may name heritage items by their
 * UNESCO number; {@code images} names files of the ZIP (separated by {@code ;}) with their {@code image_credit},
 * {@code image_licence} and {@code image_alt_*}.
 */
@Component
class ObjectCsv {

    static final List<String> TEXTS = List.of("type", "title", "materials", "inscription_note", "features", "subject", "period",
            "maker", "origin", "description", "provenance", "image_alt");
    static final List<String> SINGLE = List.of("reference", "museum", "inventory_number", "height_cm", "width_cm", "depth_cm",
            "diameter_cm", "weight_g", "inscription", "inscription_lang", "year_from", "year_to", "right_to_left", "source",
            "demonstration", "heritage", "unesco_id_no", "related", "images", "image_credit", "image_licence");
    /** The form's fields by the columns they come from, to say a problem where the file has it. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("inventoryNumber", "inventory_number"),
            Map.entry("objectType", "type_*"), Map.entry("height", "height_cm"), Map.entry("width", "width_cm"),
            Map.entry("depth", "depth_cm"), Map.entry("diameter", "diameter_cm"), Map.entry("weight", "weight_g"),
            Map.entry("inscriptionLanguage", "inscription_lang"), Map.entry("inscriptionNote", "inscription_note_*"),
            Map.entry("yearFrom", "year_from"), Map.entry("yearTo", "year_to"), Map.entry("sources", "source"));

    /** What the file says: the rows its form found correct, every problem, the number of images named. */
    record Read(List<ObjectImports.Row> rows, List<ObjectImports.Problem> problems, int images) {
    }

    private final Validator validator;
    private final RegistryApi registry;

    ObjectCsv(Validator validator, RegistryApi registry) {
        this.validator = validator;
        this.registry = registry;
    }

    static Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>(SINGLE);
        for (String text : TEXTS) {
            for (String lang : List.of("ar", "en", "fr")) {
                columns.add(text + "_" + lang);
            }
        }
        return columns;
    }

    /** Reads {@code file}; {@code museums} finds a museum's id by its address. */
    Read read(Path file, Function<String, Optional<UUID>> museums) {
        List<ObjectImports.Problem> problems = new ArrayList<>();
        List<ObjectImports.Row> rows = new ArrayList<>();
        int images = 0;
        Map<String, Optional<UUID>> museumCache = new HashMap<>();
        Map<Integer, Optional<String>> unesco = new HashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false).get();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
             CSVParser parser = CSVParser.parse(withoutBom(reader), format)) {
            List<String> header = parser.getHeaderNames();
            Set<String> known = columns();
            for (String column : header) {
                if (!known.contains(column)) {
                    problems.add(problem(1, column, "collections.import.unknown-column", column));
                }
            }
            for (String required : List.of("museum", "inventory_number")) {
                if (!header.contains(required)) {
                    problems.add(problem(1, required, "collections.import.missing-column", required));
                }
            }
            if (header.stream().noneMatch(c -> c.startsWith("title_")) || header.stream().noneMatch(c -> c.startsWith("type_"))) {
                problems.add(problem(1, "title_*, type_*", "collections.import.missing-texts"));
            }
            if (!problems.isEmpty()) {
                return new Read(List.of(), problems, 0);
            }
            for (CSVRecord record : parser) {
                long number = record.getRecordNumber() + 1;
                if (number - 1 > ObjectImports.MAX_ROWS) {
                    problems.add(problem(number, "", "collections.import.many-rows", ObjectImports.MAX_ROWS));
                    break;
                }
                if (!record.isConsistent()) {
                    problems.add(problem(number, "", "collections.import.row-width", record.size(), header.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (String column : header) {
                    cells.put(column, record.get(column));
                }
                int before = problems.size();
                ObjectImports.Row row = row(number, cells, museums, museumCache, unesco, problems);
                if (problems.size() == before && row != null) {
                    rows.add(row);
                    images += row.images().size();
                }
            }
        } catch (UncheckedIOException e) {
            problems.add(problem(problems.isEmpty() ? 1 : problems.get(problems.size() - 1).row() + 1, "",
                    e.getCause() instanceof CharacterCodingException ? "collections.import.not-utf8" : "collections.import.broken"));
        } catch (CharacterCodingException e) {
            problems.add(problem(1, "", "collections.import.not-utf8"));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // a header named twice, an unclosed quotation mark: the parser says where it stopped
            problems.add(problem(1, "", "collections.import.broken"));
        }
        return new Read(rows, problems, images);
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private ObjectImports.Row row(long number, Map<String, String> cells, Function<String, Optional<UUID>> museums,
                                  Map<String, Optional<UUID>> museumCache, Map<Integer, Optional<String>> unesco,
                                  List<ObjectImports.Problem> problems) {
        Function<String, String> cell = column -> cells.getOrDefault(column, null);
        Set<String> heritage = new LinkedHashSet<>();
        Optional.ofNullable(TextInput.line(cell.apply("heritage"))).ifPresent(h -> heritage.add(h));
        String numbers = TextInput.line(cell.apply("unesco_id_no"));
        if (numbers != null) {
            for (String part : numbers.split("[\\s,;]+")) {
                if (!part.matches("\\d{1,7}")) {
                    problems.add(problem(number, "unesco_id_no", "collections.import.unesco-number", part));
                    continue;
                }
                Optional<String> reference = unesco.computeIfAbsent(Integer.parseInt(part),
                        n -> registry.findByUnescoId(n).map(HeritageDetail::reference));
                if (reference.isEmpty()) {
                    problems.add(problem(number, "unesco_id_no", "collections.import.unesco-unknown", part));
                } else {
                    heritage.add(reference.get());
                }
            }
        }
        ObjectForm form = new ObjectForm(null, null, cell.apply("reference"), cell.apply("museum"), cell.apply("inventory_number"),
                text(cells, "type"), text(cells, "title"), text(cells, "materials"), cell.apply("height_cm"), cell.apply("width_cm"),
                cell.apply("depth_cm"), cell.apply("diameter_cm"), cell.apply("weight_g"), cell.apply("inscription"),
                cell.apply("inscription_lang"), text(cells, "inscription_note"), text(cells, "features"), text(cells, "subject"),
                text(cells, "period"), cell.apply("year_from"), cell.apply("year_to"), text(cells, "maker"), text(cells, "origin"),
                text(cells, "description"), text(cells, "provenance"), flag(cell.apply("right_to_left")), cell.apply("source"),
                flag(cell.apply("demonstration")), String.join(" ", heritage), cell.apply("related"));
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<ObjectForm> violation : validator.validate(form)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessageTemplate());
        }
        CollectionObject.Details details = form.read(reference -> museumCache.computeIfAbsent(reference, museums), errors);
        errors.forEach((field, key) -> problems.add(problem(number, column(field), key)));
        List<String> names = new ArrayList<>();
        String named = TextInput.line(cell.apply("images"));
        ImageDesk.Details image = null;
        if (named != null) {
            for (String name : named.split(";")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (names.size() > ImageDesk.MAX_PER_OBJECT) {
                problems.add(problem(number, "images", "collections.problem.images-many", ImageDesk.MAX_PER_OBJECT));
            }
            String credit = TextInput.line(cell.apply("image_credit"));
            if (credit == null || credit.length() > 300) {
                problems.add(problem(number, "image_credit", "collections.problem.image-credit"));
            }
            Optional<Licence> licence = RequestParameters.named(Licence.class,
                    Optional.ofNullable(TextInput.line(cell.apply("image_licence"))).map(l -> l.toUpperCase(Locale.ROOT).replace('-', '_')
                            .replace(' ', '_')).orElse(null));
            if (licence.isEmpty()) {
                problems.add(problem(number, "image_licence", "collections.problem.image-licence"));
            }
            Trilingual alt = text(cells, "image_alt");
            if (alt.line().isEmpty() || alt.longerThan(500)) {
                problems.add(problem(number, "image_alt_*", "collections.problem.image-alt"));
            }
            image = new ImageDesk.Details(credit, licence.orElse(null), alt.line(), false);
        }
        return new ObjectImports.Row(number, details, names, image);
    }

    private static String flag(String typed) {
        String value = TextInput.line(typed);
        return value != null && Set.of("true", "yes", "1", "x", "نعم", "oui").contains(value.toLowerCase(Locale.ROOT)) ? "true" : null;
    }

    private static Trilingual text(Map<String, String> cells, String column) {
        return new Trilingual(cells.get(column + "_ar"), cells.get(column + "_en"), cells.get(column + "_fr"));
    }

    private static String column(String field) {
        if (COLUMN_OF.containsKey(field)) {
            return COLUMN_OF.get(field);
        }
        String snake = field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        return TEXTS.contains(snake) ? snake + "_*" : snake;
    }

    private static ObjectImports.Problem problem(long row, String column, String key, Object... arguments) {
        return new ObjectImports.Problem(row, column, key, List.of(arguments));
    }
}
