package org.turath.registry.internal.imports;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.registry.ImportReport;
import org.turath.shared.Language;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code import FILE [--dry-run] [--lang=en|fr|ar]}: imports a World Heritage List export from the
 * command line, prints the report with every row error, and exits (status 0 when imported, 1 when
 * the file was rejected, 2 on wrong usage).
 */
@Component
@Order(10)
class ImportCommand implements ApplicationRunner {

    private final HeritageImporter importer;
    private final ImportReportPrinter printer;
    private final ApplicationContext context;

    ImportCommand(HeritageImporter importer, ImportReportPrinter printer, ApplicationContext context) {
        this.importer = importer;
        this.printer = printer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !"import".equals(words.get(0))) {
            return;
        }
        PrintStream out = System.out;
        Locale locale = (args.containsOption("lang") ? Language.fromTag(args.getOptionValues("lang").get(0)) : Optional.<Language>empty())
                .orElse(Language.EN).locale();
        int status;
        if (words.size() != 2 || !Files.isRegularFile(Path.of(words.get(1)))) {
            out.println(printer.usage(locale));
            status = 2;
        } else {
            Path file = Path.of(words.get(1));
            boolean dryRun = args.containsOption("dry-run");
            ImportReport report = org.turath.history.RevisionAuthor.runAs("command-line import",
                    () -> importer.importFile(file, file.getFileName().toString(), dryRun,
                            (done, total) -> out.println(printer.progress(done, total, locale))));
            out.println(printer.print(report, locale));
            status = report.rejected() ? 1 : 0;
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
