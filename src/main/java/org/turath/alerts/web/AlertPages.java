package org.turath.alerts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.alerts.AlertStatus;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.internal.AlertCheck;
import org.turath.alerts.internal.AlertDesk;
import org.turath.alerts.internal.AlertPhotoDesk;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.throttling.Throttle;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.turath.web.WebConfiguration.LANG;

/**
 * Stolen and missing objects for the public: the active alerts newest first (and, apart, the objects since recovered),
 * each alert's page, the Atom feed of new alerts, and "check an object", which lists possible matches for a description
 * or a photograph — a photograph looked at and never kept.
 */
@Controller
class AlertPages {

    private static final int PAGE = 24;
    private static final int FEED = 50;
    private static final int CHECKS_PER_HOUR = 60;

    private final AlertDesk desk;
    private final AlertPhotoDesk photos;
    private final AlertCheck check;
    private final AlertViews views;
    private final AlertFeed feed;
    private final MessageSource messages;
    private final Throttle throttle;

    AlertPages(AlertDesk desk, AlertPhotoDesk photos, AlertCheck check, AlertViews views, AlertFeed feed, MessageSource messages,
               Throttle throttle) {
        this.throttle = throttle;
        this.desk = desk;
        this.photos = photos;
        this.check = check;
        this.views = views;
        this.feed = feed;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/alerts")
    String list(@PathVariable Language lang, @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        AlertStatus shown = RequestParameters.present(status).map(s -> RequestParameters.enumValue(AlertStatus.class,
                s.toUpperCase(Locale.ROOT), "status")).orElse(AlertStatus.ACTIVE);
        if (shown == AlertStatus.WITHDRAWN) {
            throw new org.turath.shared.InvalidRequestException("status");
        }
        Slice<ObjectAlert> page = desk.shown(Set.of(shown), RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("recovered", shown == AlertStatus.RECOVERED);
        return "alerts/list";
    }

    @GetMapping(path = "/" + LANG + "/alerts/feed.atom")
    ResponseEntity<String> atom(@PathVariable Language lang) {
        List<ObjectAlert> newest = desk.shown(Set.of(AlertStatus.ACTIVE), Optional.empty(), FEED).items();
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).body(feed.alerts(newest, lang, Instant.now()));
    }

    @GetMapping("/" + LANG + "/alerts/check")
    String checkForm(@PathVariable Language lang, Model model) {
        model.addAttribute("maxPhotoMegabytes", check.maxMegabytes());
        return "alerts/check";
    }

    @PostMapping("/" + LANG + "/alerts/check")
    String checkObject(@PathVariable Language lang, @RequestParam(name = "description", required = false) String description,
                       @RequestParam(name = "photo", required = false) MultipartFile photo, Model model,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        // what a visitor looked for is theirs: nothing of it is kept by the portal or by a cache on the way
        NoStore.personal(response);
        model.addAttribute("maxPhotoMegabytes", check.maxMegabytes());
        String text = TextInput.block(description);
        if (text != null && text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        model.addAttribute("description", text);
        boolean withPhoto = photo != null && !photo.isEmpty();
        if (!throttle.allow("alert-check", request.getRemoteAddr(), CHECKS_PER_HOUR, Duration.ofHours(1))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", messages.getMessage("alerts.problem.check-flood", null, lang.locale()));
            return "alerts/check";
        }
        if (text == null && !withPhoto) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", messages.getMessage("alerts.problem.check-empty", null, lang.locale()));
            return "alerts/check";
        }
        try (InputStream in = withPhoto ? photo.getInputStream() : null) {
            AlertCheck.Answer answer = check.check(text, Optional.ofNullable(in));
            model.addAttribute("answer", answer);
            model.addAttribute("cards", views.cards(answer.matches().stream().map(AlertCheck.Match::alert).toList(), lang));
        } catch (Refusal refusal) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", Refused.say(messages, refusal, lang));
        }
        return "alerts/check";
    }

    @GetMapping("/" + LANG + "/alerts/{reference}")
    String alert(@PathVariable Language lang, @PathVariable String reference, Model model) {
        ObjectAlert alert = desk.shown(reference).orElseThrow(() -> new NotFoundException("alert"));
        model.addAttribute("alert", alert);
        model.addAttribute("card", views.card(alert, lang));
        model.addAttribute("photos", photos.of(alert.id()));
        model.addAttribute("history", desk.history(alert));
        return "alerts/alert";
    }
}
