package org.turath.nominations.web;

import org.turath.nominations.NominationFileId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.turath.accounts.Actor;
import org.turath.geo.GeoApi;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationStatus;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.Attachment;
import org.turath.nominations.domain.DossierForm;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.ZoneGeometry;
import org.turath.nominations.internal.CommitteeDesk;
import org.turath.nominations.internal.DossierDocuments;
import org.turath.nominations.internal.NominationDesk;
import org.turath.shared.Language;
import org.turath.shared.Localized;
import org.turath.shared.LocalizedDates;
import org.turath.shared.Refusal;
import org.turath.web.MapSettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file's page, drawn for whoever opens it and again, with what went wrong, after a command or an
 * upload is refused: nothing typed elsewhere on the page is lost, the reason is in the reader's language.
 */
@Component
class FilePage {

    static final String BASE = "/admin/nominations";

    private final NominationDesk desk;
    private final DossierDocuments documents;
    private final CommitteeDesk committee;
    private final GeoApi geo;
    private final MessageSource messages;
    private final MapSettings mapSettings;

    FilePage(NominationDesk desk, DossierDocuments documents, CommitteeDesk committee, GeoApi geo, MessageSource messages,
             MapSettings mapSettings) {
        this.desk = desk;
        this.documents = documents;
        this.committee = committee;
        this.geo = geo;
        this.messages = messages;
        this.mapSettings = mapSettings;
    }

    String show(Language lang, Actor actor, NominationFileId id, Model model, List<String> problems) {
        NominationDesk.View view = desk.open(actor, id);
        NominationFile file = view.file();
        model.addAttribute("view", view);
        model.addAttribute("file", file);
        model.addAttribute("sections", DossierForm.sections(file.kind()));
        model.addAttribute("problems", problems);
        model.addAttribute("due", file.extendedUntil() != null ? file.extendedUntil() : desk.cycle().filesDue(file.cycleYear()));
        model.addAttribute("countries", geo.countries(file.allStates()));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("criteria", DossierForm.CRITERIA);
        model.addAttribute("decisions", committee.decisionsOfFile(id));
        model.addAttribute("today", desk.today());
        model.addAttribute("mine", file.evaluation(actor.email()).orElse(null));
        model.addAttribute("attachments", view.readable() ? documents.attachments(actor, id) : List.of());
        model.addAttribute("attachmentKinds", Attachment.Kind.values());
        model.addAttribute("maxMegabytes", DossierDocuments.MAX_ATTACHMENT_BYTES / (1024 * 1024));
        model.addAttribute("zones", view.readable() ? zones(lang, file) : List.of());
        model.addAttribute("mapSettings", mapSettings);
        if (view.commands().contains(NominationCommand.SCHEDULE)) {
            model.addAttribute("openSessions", committee.sessions(Optional.empty(), 20).items().stream()
                    .filter(s -> !s.endsOn().isBefore(desk.today())).toList());
        }
        return "nominations/file";
    }

    /** The file's page again, with the refusal's translated message and a 422. */
    String refused(Language lang, Actor actor, NominationFileId fileId, Model model, HttpServletResponse response, Refusal e) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(lang, actor, fileId, model, List.of(problem(lang, e)));
    }

    String problem(Language lang, Refusal e) {
        return text(lang, e.messageKey(), localised(lang, e.arguments()));
    }

    String text(Language lang, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, lang.locale());
    }

    private Object[] localised(Language lang, Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof NominationStatus s) {
                out[i] = text(lang, "nominations.status." + s);
            } else if (out[i] instanceof NominationCommand c) {
                out[i] = text(lang, "nominations.command." + c);
            } else if (out[i] instanceof LocalDate d) {
                out[i] = LocalizedDates.format(d, lang);
            }
        }
        return out;
    }

    /** The file's zones for its map and list: which part, core or buffer, and the geometry. */
    private List<Map<String, Object>> zones(Language lang, NominationFile file) {
        List<Map<String, Object>> zones = new ArrayList<>();
        String property = text(lang, "nominations.zone.property");
        addZone(zones, lang, property, 0, true, file.place().coreZone());
        addZone(zones, lang, property, 0, false, file.place().bufferZone());
        for (int i = 0; i < file.components().size(); i++) {
            var part = file.components().get(i);
            String name = part.name().resolve(lang).map(Localized::text).orElse(String.valueOf(i + 1));
            String label = text(lang, "nominations.component.field", i + 1, name);
            addZone(zones, lang, label, i + 1, true, part.coreZone());
            addZone(zones, lang, label, i + 1, false, part.bufferZone());
        }
        return zones;
    }

    private void addZone(List<Map<String, Object>> zones, Language lang, String part, int target, boolean core, String geometry) {
        if (geometry != null) {
            zones.add(Map.of("label", part + " — " + text(lang, core ? "nominations.zone.core" : "nominations.zone.buffer"),
                    "zone", core ? "core" : "buffer", "target", target, "geometry", geometry,
                    "summary", ZoneGeometry.summary(geometry)));
        }
    }
}
