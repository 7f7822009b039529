package org.turath.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.turath.alerts.AlertStatus;
import org.turath.alerts.domain.AlertPhoto;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.internal.AlertDesk;
import org.turath.alerts.internal.AlertPhotoDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Public alerts as JSON, for the police, customs, dealers and other databases: a page at a time (newest first) and one alert. */
@RestController
@RequestMapping(path = "/api/v1/alerts", produces = "application/json")
@Tag(name = "Alerts", description = "Stolen and missing cultural objects, verified by the secretariat")
class AlertApiController {

    private static final int PAGE = 100;

    private final AlertDesk desk;
    private final AlertPhotoDesk photos;

    AlertApiController(AlertDesk desk, AlertPhotoDesk photos) {
        this.desk = desk;
        this.photos = photos;
    }

    record Text(String ar, String en, String fr) {
        static Text of(LocalizedText text) {
            return new Text(text.in(Language.AR).orElse(null), text.in(Language.EN).orElse(null), text.in(Language.FR).orElse(null));
        }
    }

    record Photo(String url, String thumbnail, int width, int height, String credit, Text alt) {
        static Photo of(AlertPhoto p) {
            return new Photo("/alerts/photos/" + p.id(), "/alerts/photos/" + p.id() + "/thumb", p.width(), p.height(), p.credit(),
                    Text.of(p.alt()));
        }
    }

    record Resource(String reference, String event, String eventDate, Text place, String state, String reporter, Text objectType,
                    Text title, Text materials, Text period, Text features, Text description, String inscription,
                    BigDecimal heightCm, BigDecimal widthCm, String policeReference, String interpolReference, String redList,
                    String status, boolean demonstration, String published, String updated, List<Photo> photos, String page) {

        static Resource of(ObjectAlert a, List<AlertPhoto> photos) {
            return new Resource(a.reference(), a.event().name(), a.eventDate() == null ? null : a.eventDate().toString(),
                    Text.of(a.place()), a.state(), a.reporter(), Text.of(a.objectType()), Text.of(a.title()), Text.of(a.materials()),
                    Text.of(a.period()), Text.of(a.features()), Text.of(a.description()), a.inscription(), a.heightCm(), a.widthCm(),
                    a.policeReference(), a.interpolReference(), a.redList(), a.status().name(), a.demonstration(),
                    a.publishedAt().toString(), a.updatedAt().toString(), photos.stream().map(Photo::of).toList(),
                    "/" + Language.DEFAULT.tag() + "/alerts/" + a.reference());
        }
    }

    record Page(List<Resource> items, String next) {
    }

    @GetMapping
    @Operation(summary = "Public alerts, newest first; status ACTIVE (default) or RECOVERED; follow `next`")
    Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor) {
        AlertStatus wanted = RequestParameters.present(status).map(s -> RequestParameters.enumValue(AlertStatus.class,
                s.toUpperCase(Locale.ROOT), "status")).orElse(AlertStatus.ACTIVE);
        Slice<ObjectAlert> page = desk.shown(Set.of(wanted), RequestParameters.present(cursor), PAGE);
        return new Page(page.items().stream().map(a -> Resource.of(a, photos.of(a.id()))).toList(), page.nextCursor().orElse(null));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One public alert")
    Resource alert(@PathVariable String reference) {
        return desk.shown(reference).map(a -> Resource.of(a, photos.of(a.id()))).orElseThrow(() -> new NotFoundException("alert"));
    }
}
