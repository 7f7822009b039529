package org.turath.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.registry.ImportReport;
import org.turath.registry.internal.imports.ImportJobs;
import org.turath.registry.internal.imports.ImportReportPrinter;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The import of UNESCO's list from the back office: upload, a dry run that reports every problem
 * by row and column, then the import itself, each with a live progress bar (htmx polls the job's
 * page; without JavaScript a link reloads it).
 */
@Controller
class ImportAdminController {

    private static final int PAGE = 20;

    private final ImportJobs jobs;
    private final ImportReportPrinter printer;

    ImportAdminController(ImportJobs jobs, ImportReportPrinter printer) {
        this.jobs = jobs;
        this.printer = printer;
    }

    @GetMapping("/" + LANG + "/admin/import")
    String page(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String before, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Optional<java.time.Instant> after;
        try {
            after = Optional.ofNullable(before).map(java.time.Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        list(model, after);
        return "registry/admin/import";
    }

    /** A page of the latest jobs, and where the next (older) page starts. */
    private void list(Model model, Optional<java.time.Instant> before) {
        var page = org.turath.shared.Slice.of(jobs.latest(before, PAGE + 1), PAGE, job -> job.createdAt().toString());
        model.addAttribute("jobs", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
    }

    @PostMapping("/" + LANG + "/admin/import")
    String upload(@PathVariable Language lang, @RequestParam(name = "file", required = false) MultipartFile file,
                  Authentication authentication, Model model, HttpServletResponse response) throws IOException {
        NoStore.personal(response);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            list(model, Optional.empty());
            model.addAttribute("problem", "admin.import.no-file");
            return "registry/admin/import";
        }
        UUID id;
        try (InputStream in = file.getInputStream()) {
            id = jobs.stageAndCheck(in, file.getOriginalFilename(), authentication.getName());
        }
        return "redirect:/" + lang.tag() + "/admin/import/" + id;
    }

    @GetMapping("/" + LANG + "/admin/import/{id}")
    String job(@PathVariable Language lang, @PathVariable UUID id, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        ImportJobs.Job job = jobs.find(id);
        model.addAttribute("job", job);
        model.addAttribute("errors", job.report().map(ImportReport::errors).orElse(List.of()).stream()
                .map(error -> printer.error(error, lang.locale())).toList());
        return "registry/admin/import-job";
    }

    @PostMapping("/" + LANG + "/admin/import/{id}")
    String run(@PathVariable Language lang, @PathVariable UUID id, Authentication authentication) {
        UUID started = jobs.importChecked(id, authentication.getName());
        return "redirect:/" + lang.tag() + "/admin/import/" + started;
    }

}
