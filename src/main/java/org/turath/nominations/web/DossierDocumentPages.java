package org.turath.nominations.web;

import org.turath.nominations.NominationFileId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.nominations.domain.Attachment;
import org.turath.nominations.domain.ZoneGeometry;
import org.turath.nominations.internal.DossierDocuments;
import org.turath.nominations.internal.NominationDesk;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.web.NoStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.turath.nominations.web.NominationForms.clean;
import static org.turath.nominations.web.NominationForms.parseEnum;
import static org.turath.web.WebConfiguration.LANG;

/** A dossier's documents and zones: uploaded, linked, removed and downloaded from the file's page. */
@Controller
class DossierDocumentPages {

    /** A document's form: its kind and caption, the link of a video, the rights release of a photograph. */
    record AttachmentForm(String kind, String caption, String url, String rights) {
    }

    /** A zone's form: the property (0) or component it bounds, core or buffer, or its removal. */
    record ZoneForm(String target, String zone, String action) {
    }

    private final DossierDocuments documents;
    private final NominationDesk desk;
    private final FilePage page;

    DossierDocumentPages(DossierDocuments documents, NominationDesk desk, FilePage page) {
        this.documents = documents;
        this.desk = desk;
        this.page = page;
    }

    @PostMapping("/" + LANG + FilePage.BASE + "/{id}/attachments")
    String attach(@PathVariable Language lang, @PathVariable NominationFileId id, @RequestParam(name = "file", required = false) MultipartFile upload,
                  @ModelAttribute AttachmentForm form, Actor actor, Model model, HttpServletResponse response) throws IOException {
        NoStore.personal(response);
        try {
            Attachment.Kind kind = parseEnum(Attachment.Kind.class, form.kind())
                    .orElseThrow(() -> new Refusal("nominations", "attachment-kind"));
            String caption = clean(form.caption());
            if (caption.length() > 500) {
                throw new Refusal("nominations", "too-long", 500);
            }
            boolean rights = "on".equals(form.rights());
            if (kind == Attachment.Kind.VIDEO) {
                documents.attachVideo(actor, id, clean(form.url()), caption, rights);
            } else {
                if (upload == null || upload.isEmpty()) {
                    throw new Refusal("nominations", "attachment-missing");
                }
                try (InputStream in = upload.getInputStream()) {
                    documents.attach(actor, id, kind, in, upload.getOriginalFilename(), caption, rights);
                }
            }
            return "redirect:/" + lang.tag() + FilePage.BASE + "/" + id + "?done=attach#documents";
        } catch (Refusal e) {
            return page.refused(lang, actor, id, model, response, e);
        }
    }

    /** A core or buffer zone uploaded as GeoJSON or KML (or removed), for the property or one of its components. */
    @PostMapping("/" + LANG + FilePage.BASE + "/{id}/zones")
    String zone(@PathVariable Language lang, @PathVariable NominationFileId id, @RequestParam(name = "file", required = false) MultipartFile upload,
                @ModelAttribute ZoneForm form, Actor actor, Model model, HttpServletResponse response) throws IOException {
        NoStore.personal(response);
        try {
            int component = RequestParameters.present(form.target())
                    .map(t -> RequestParameters.intBetween(t, 0, Identification.MAX_COMPONENTS, "target")).orElse(0);
            boolean core = !"buffer".equals(form.zone());
            if ("remove".equals(form.action())) {
                desk.zone(actor, id, component, core, null);
            } else {
                if (upload == null || upload.isEmpty()) {
                    throw new Refusal("nominations", "attachment-missing");
                }
                if (upload.getSize() > ZoneGeometry.MAX_BYTES) {
                    throw new Refusal("nominations", "zone-size", ZoneGeometry.MAX_BYTES / (1024 * 1024));
                }
                desk.zone(actor, id, component, core, upload.getBytes());
            }
            return "redirect:/" + lang.tag() + FilePage.BASE + "/" + id + "?done=zone#zones";
        } catch (Refusal e) {
            return page.refused(lang, actor, id, model, response, e);
        }
    }

    @PostMapping("/" + LANG + FilePage.BASE + "/{id}/attachments/{attachment}/delete")
    String detach(@PathVariable Language lang, @PathVariable NominationFileId id, @PathVariable UUID attachment,
                  Actor actor, Model model, HttpServletResponse response) throws IOException {
        NoStore.personal(response);
        try {
            documents.detach(actor, id, attachment);
        } catch (Refusal e) {
            return page.refused(lang, actor, id, model, response, e);
        }
        return "redirect:/" + lang.tag() + FilePage.BASE + "/" + id + "?done=detach#documents";
    }

    /** A stored document, to those who may read the file; always as a download, never rendered by the browser. */
    @GetMapping("/" + LANG + FilePage.BASE + "/{id}/attachments/{attachment}")
    ResponseEntity<Resource> download(@PathVariable Language lang, @PathVariable NominationFileId id, @PathVariable UUID attachment, Actor actor) {
        DossierDocuments.Download file = documents.download(actor, id, attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.shownName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(file.path()));
    }
}
