package org.turath.figures.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.documents.PdfRenderer;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureSource;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.web.Downloads;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The dashboard ({@code /{lang}/figures}): every module's figures, filtered by member state and period, each as a chart
 * with the same numbers in a table, and a CSV of each; for a state, a printable one-page PDF of its figures. Figures are
 * counted by their modules in the database and kept a minute per filter and language.
 */
@Controller
class FiguresPages {

    private static final int FIRST_YEAR = 1975;

    private final List<FigureSource> sources;
    private final GeoApi geo;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Cache<String, List<Figure>> kept = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    FiguresPages(List<FigureSource> sources, GeoApi geo, PdfRenderer pdf, MessageSource messages) {
        this.sources = sources;
        this.geo = geo;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/figures")
    String dashboard(@PathVariable Language lang, @RequestParam(name = "state", required = false) String state,
                     @RequestParam(name = "from", required = false) String from, @RequestParam(name = "until", required = false) String until,
                     Model model) {
        FigureFilter filter = filter(state, from, until);
        List<Figure> figures = figures(filter, lang);
        model.addAttribute("figures", figures);
        model.addAttribute("filter", filter);
        model.addAttribute("stateName", filter.state().flatMap(geo::country).map(c -> c.name(lang)).orElse(null));
        model.addAttribute("memberStates", geo.memberStates(lang));
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, Year.now().getValue()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("query", query(filter));
        Map<String, Object> charts = new LinkedHashMap<>();
        figures.forEach(f -> charts.put(f.id(), Map.of("chart", f.chart(), "columns", f.columns(),
                "labels", f.rows().stream().map(Figure.Row::label).toList(),
                "series", IntStream.range(0, f.columns().size()).mapToObj(i -> f.rows().stream().map(r -> r.values().get(i)).toList()).toList())));
        // the charts' numbers, read by a script from a non-executable JSON block (no inline script runs)
        model.addAttribute("chartData", charts);
        return "figures/dashboard";
    }

    @GetMapping("/" + LANG + "/figures/{file:[a-z0-9-]+\\.csv}")
    ResponseEntity<byte[]> csv(@PathVariable Language lang, @PathVariable String file, @RequestParam(name = "state", required = false) String state,
                               @RequestParam(name = "from", required = false) String from,
                               @RequestParam(name = "until", required = false) String until) {
        FigureFilter filter = filter(state, from, until);
        String id = file.substring(0, file.length() - 4);
        Figure figure = figures(filter, lang).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("figure"));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> head = new ArrayList<>();
            head.add(figure.header());
            head.addAll(figure.columns());
            csv.printRecord(head.stream().map(FiguresPages::cell).toList());
            for (Figure.Row row : figure.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(cell(row.label()));
                cells.addAll(row.values());
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "turath-" + id + filter.state().map(s -> "-" + s.toLowerCase(java.util.Locale.ROOT)).orElse("")
                + (filter.from().isPresent() || filter.until().isPresent() ? "-" + filter.fromYear() + "-" + filter.untilYear() : "")
                + "-" + lang.tag() + ".csv";
        return Downloads.attachment(out.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                name, "public, max-age=60");
    }

    /** A state's heritage in figures, on one printable page (the tables; charts are for screens). */
    @GetMapping("/" + LANG + "/figures/state.pdf")
    ResponseEntity<byte[]> statePdf(@PathVariable Language lang, @RequestParam(name = "state", required = false) String state,
                                    @RequestParam(name = "from", required = false) String from,
                                    @RequestParam(name = "until", required = false) String until) {
        FigureFilter filter = filter(state, from, until);
        CountryInfo country = filter.state().flatMap(geo::country).orElseThrow(() -> new InvalidRequestException("state"));
        List<Figure> figures = figures(filter, lang).stream().filter(Figure::byState).toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("figures", figures);
        variables.put("stateName", country.name(lang));
        variables.put("filter", filter);
        variables.put("today", org.turath.shared.LocalizedDates.format(java.time.LocalDate.now(), lang));
        byte[] document = pdf.render("figures/pdf/state", lang, variables);
        return Downloads.attachment(document, MediaType.APPLICATION_PDF, messages.getMessage("dashboard.pdf.file",
                new Object[]{country.iso2().toLowerCase(java.util.Locale.ROOT)}, lang.locale()) + ".pdf", "public, max-age=60");
    }

    private List<Figure> figures(FigureFilter filter, Language lang) {
        String key = lang.tag() + "|" + filter.stateOrAny() + "|" + filter.fromYear() + "|" + filter.untilYear();
        return kept.get(key, k -> sources.stream().sorted(Comparator.comparingInt(FigureSource::order))
                .flatMap(source -> source.figures(filter, lang).stream()).filter(f -> !f.isEmpty()).toList());
    }

    private FigureFilter filter(String state, String from, String until) {
        Optional<String> code = Optional.ofNullable(state).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT));
        if (code.isPresent() && (!code.get().matches("[A-Z]{2}") || !geo.memberStateCodes().contains(code.get()))) {
            throw new InvalidRequestException("state");
        }
        Optional<Integer> first = year(from, "from");
        Optional<Integer> last = year(until, "until");
        if (first.isPresent() && last.isPresent() && first.get() > last.get()) {
            throw new InvalidRequestException("until");
        }
        return new FigureFilter(code, first, last);
    }

    private static Optional<Integer> year(String typed, String parameter) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (!typed.strip().matches("\\d{4}")) {
            throw new InvalidRequestException(parameter);
        }
        int year = Integer.parseInt(typed.strip());
        if (year < FigureFilter.FIRST_YEAR || year > FigureFilter.LAST_YEAR) {
            throw new InvalidRequestException(parameter);
        }
        return Optional.of(year);
    }

    private static String query(FigureFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.state().ifPresent(s -> parts.add("state=" + s));
        filter.from().ifPresent(y -> parts.add("from=" + y));
        filter.until().ifPresent(y -> parts.add("until=" + y));
        return String.join("&", parts);
    }

    /** A label a spreadsheet would read as a formula is written as text. */
    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The dashboard, for sitemaps. */
    @org.springframework.context.annotation.Bean
    static org.turath.web.PublicPages dashboardLanding() {
        return org.turath.web.PublicPages.landingsOnly("figures", "/figures");
    }
}
