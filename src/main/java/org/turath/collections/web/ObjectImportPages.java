package org.turath.collections.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.collections.internal.CollectionDesk;
import org.turath.collections.ImportJobId;
import org.turath.collections.internal.ObjectImports;
import org.turath.files.FileStore;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Importing objects from a CSV file and a ZIP of their images: the files are checked whole before anything is written
 * (every problem by row and column, in the reader's language, and nothing kept of a refused file); a file that passes
 * waits, checked, to be run; run, its objects are added at once and their images processed in the background while the
 * page shows how far it is.
 */
@Controller
class ObjectImportPages {

    private static final long MAX_CSV = DataSize.ofMegabytes(50).toBytes();
    private static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain", "text/x-csv", "application/csv");

    private final ObjectImports imports;
    private final ObjectCsv csv;
    private final CollectionDesk desk;
    private final MuseumsApi museums;
    private final MessageSource messages;
    private final long maxZip;

    ObjectImportPages(ObjectImports imports, ObjectCsv csv, CollectionDesk desk, MuseumsApi museums, MessageSource messages,
                      @Value("${turath.collections.max-import-size:1000MB}") DataSize maxZip) {
        this.imports = imports;
        this.csv = csv;
        this.desk = desk;
        this.museums = museums;
        this.messages = messages;
        this.maxZip = maxZip.toBytes();
    }

    /** A problem as the page lists it. */
    record Shown(long row, String column, String message) {
    }

    @GetMapping("/" + LANG + "/admin/collections/import")
    String form(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireWorker(actor);
        prepare(model, actor, List.of(), 0);
        return "collections/admin-import";
    }

    @PostMapping("/" + LANG + "/admin/collections/import")
    String check(@PathVariable Language lang, @RequestParam(name = "file", required = false) MultipartFile file,
                 @RequestParam(name = "images", required = false) MultipartFile images, Actor actor, Model model,
                 HttpServletResponse response) throws IOException {
        NoStore.personal(response);
        desk.requireWorker(actor);
        String stagedCsv = null;
        String stagedZip = null;
        try {
            if (file == null || file.isEmpty()) {
                throw new Refusal("collections", "import-no-file");
            }
            stagedCsv = stage(file, MAX_CSV, "csv", CSV_TYPES, "import-not-csv", "import-csv-large", 50);
            Set<String> names = Set.of();
            if (images != null && !images.isEmpty()) {
                stagedZip = stage(images, maxZip, "zip", Set.of("application/zip"), "import-not-zip", "import-zip-large",
                        maxZip / (1024 * 1024));
                try {
                    names = ObjectImports.namesIn(imports.staged(stagedZip));
                } catch (java.util.zip.ZipException e) {
                    throw new Refusal("collections", "import-not-zip");
                }
            }
            ObjectCsv.Read read = csv.read(imports.staged(stagedCsv), this::museumId);
            List<ObjectImports.Problem> problems = new ArrayList<>(read.problems());
            if (problems.isEmpty()) {
                if (read.rows().isEmpty()) {
                    throw new Refusal("collections", "import-empty");
                }
                problems.addAll(imports.check(actor, read.rows(), names));
            }
            if (!problems.isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                prepare(model, actor, shown(problems, lang), problems.size());
                // isolated, so a Latin file name keeps its order inside an Arabic sentence
                model.addAttribute("fileName", "\u2068" + FileStore.shownName(file.getOriginalFilename(), "objects.csv", 200) + "\u2069");
                return "collections/admin-import";
            }
            ImportJobId job = imports.checked(actor, FileStore.shownName(file.getOriginalFilename(), "objects.csv", 200), stagedCsv, stagedZip,
                    read.rows().size(), read.images());
            stagedCsv = null;
            stagedZip = null;
            return "redirect:/" + lang.tag() + "/admin/collections/imports/" + job;
        } catch (Refusal refusal) {
            response.setStatus(refusal.code().endsWith("-large") ? HttpStatus.CONTENT_TOO_LARGE.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, actor, List.of(), 0);
            model.addAttribute("problem", Refused.say(messages, refusal, lang));
            return "collections/admin-import";
        } finally {
            // a refused file is not kept
            imports.forget(stagedCsv);
            imports.forget(stagedZip);
        }
    }

    @GetMapping("/" + LANG + "/admin/collections/imports/{id}")
    String job(@PathVariable Language lang, @PathVariable ImportJobId id, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        ObjectImports.Job job = imports.job(actor, id);
        model.addAttribute("job", job);
        model.addAttribute("imageProblems", imports.imageProblems(actor, job.id(), 200).stream().map(p -> new Shown(p.row(), p.fileName(),
                messages.getMessage("collections.problem." + p.code(), p.arguments(), lang.locale()))).toList());
        return "collections/admin-import-job";
    }

    @PostMapping("/" + LANG + "/admin/collections/imports/{id}/run")
    String run(@PathVariable Language lang, @PathVariable ImportJobId id, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        ObjectImports.Job job = imports.job(actor, id);
        if (!job.status().equals("CHECKED")) {
            // run already (a double click, a second tab): its page says how far it is
            return "redirect:/" + lang.tag() + "/admin/collections/imports/" + id;
        }
        String[] staged = imports.stagedFiles(actor, id);
        try {
            Set<String> names = staged[1] == null ? Set.of() : ObjectImports.namesIn(imports.staged(staged[1]));
            // checked again: the collections may have changed since the dry run
            ObjectCsv.Read read = csv.read(imports.staged(staged[0]), this::museumId);
            List<ObjectImports.Problem> problems = new ArrayList<>(read.problems());
            if (problems.isEmpty()) {
                problems.addAll(imports.check(actor, read.rows(), names));
            }
            if (!problems.isEmpty()) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("job", job);
                model.addAttribute("imageProblems", List.of());
                model.addAttribute("problems", shown(problems, lang));
                model.addAttribute("problemCount", problems.size());
                return "collections/admin-import-job";
            }
            imports.run(actor, id, read.rows());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Refusal refusal) {
            return "redirect:/" + lang.tag() + "/admin/collections/imports/" + id;
        }
        return "redirect:/" + lang.tag() + "/admin/collections/imports/" + id;
    }

    private String stage(MultipartFile upload, long max, String extension, Set<String> types, String wrongType, String tooLarge,
                         long maxMegabytes) throws IOException {
        FileStore.Received received;
        try (InputStream in = upload.getInputStream()) {
            received = imports.receive(in, max);
        } catch (FileStore.TooLargeException e) {
            throw new Refusal("collections", tooLarge, maxMegabytes);
        }
        if (!types.contains(received.detectedType())) {
            imports.discard(received);
            throw new Refusal("collections", wrongType);
        }
        return imports.keep(received, extension);
    }

    private Optional<UUID> museumId(String reference) {
        return museums.findByReference(reference).map(m -> m.id().value());
    }

    private List<Shown> shown(List<ObjectImports.Problem> problems, Language lang) {
        return problems.stream().limit(ObjectImports.PROBLEMS_SHOWN).map(p -> new Shown(p.row(), p.column(),
                messages.getMessage(p.key(), p.arguments().toArray(), lang.locale()))).toList();
    }

    private void prepare(Model model, Actor actor, List<Shown> problems, int count) {
        model.addAttribute("problems", problems);
        model.addAttribute("problemCount", count);
        model.addAttribute("keeper", desk.keeps(actor));
        model.addAttribute("curated", desk.curated(actor));
        model.addAttribute("columns", ObjectCsv.columns());
        model.addAttribute("maxRows", ObjectImports.MAX_ROWS);
        model.addAttribute("maxZipMegabytes", maxZip / (1024 * 1024));
    }
}
