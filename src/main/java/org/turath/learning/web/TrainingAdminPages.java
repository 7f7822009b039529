package org.turath.learning.web;

import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.learning.ActivityFormat;
import org.turath.learning.ActivityMode;
import org.turath.learning.Audience;
import org.turath.learning.domain.Activity;
import org.turath.learning.domain.ActivityContent;
import org.turath.learning.domain.Registration;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.EmailAddress;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.NoStore;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The back office of capacity building: the secretariat creates and edits activities, approves
 * or declines registrations; trainers (and the secretariat) mark attendance, which issues certificates.
 */
@Controller
class TrainingAdminPages {

    private static final int PAGE = 50;
    private static final int REGISTRATIONS_PAGE = 100;
    private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"]{3,490}");

    private final TrainingDesk desk;
    private final MessageSource messages;

    TrainingAdminPages(TrainingDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/admin/trainings")
    String list(@PathVariable Language lang, @RequestParam Map<String, String> parameters, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Slice<Activity> page;
        try {
            page = desk.all(actor, RequestParameters.present(parameters.get("after")), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("after");
        }
        model.addAttribute("activities", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("canCreate", actor.hasAny(Role.ADMIN, Role.SECRETARIAT));
        return "learning/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/trainings/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        if (!actor.hasAny(Role.ADMIN, Role.SECRETARIAT)) {
            throw new NotAllowedException();
        }
        Map<String, List<String>> form = new HashMap<>();
        form.put("timeZone", List.of("Africa/Casablanca"));
        form.put("capacity", List.of("30"));
        form.put("languages", List.of(lang.tag()));
        prepareForm(model, null, form, Map.of(), null);
        return "learning/admin-edit";
    }

    @PostMapping("/" + LANG + "/admin/trainings/new")
    String create(@PathVariable Language lang, @RequestParam MultiValueMap<String, String> form, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new LinkedHashMap<>();
        ActivityContent content = content(form, errors);
        if (errors.isEmpty()) {
            Activity created = desk.create(actor, content);
            return "redirect:/" + lang.tag() + "/admin/trainings/" + created.id() + "?saved";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        prepareForm(model, null, form, errors, null);
        return "learning/admin-edit";
    }

    @GetMapping("/" + LANG + "/admin/trainings/{id}")
    String show(@PathVariable Language lang, @PathVariable String id, @RequestParam Map<String, String> parameters,
                Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Activity activity = desk.activity(actor, TrainingPages.uuid(id));
        prepareForm(model, activity, formOf(activity), Map.of(), null);
        prepareRegistrations(model, lang, actor, activity, parameters);
        return "learning/admin-activity";
    }

    @PostMapping("/" + LANG + "/admin/trainings/{id}")
    String save(@PathVariable Language lang, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Activity activity = desk.activity(actor, TrainingPages.uuid(id));
        Map<String, String> errors = new LinkedHashMap<>();
        ActivityContent content = content(form, errors);
        String problem = null;
        if (errors.isEmpty()) {
            try {
                desk.update(actor, activity.id(), version(form), content);
                return "redirect:/" + lang.tag() + "/admin/trainings/" + activity.id() + "?saved";
            } catch (Refusal e) {
                problem = messages.getMessage(e.messageKey(), e.arguments(), lang.locale());
                response.setStatus(e.code().equals("stale") ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        // the typing is kept; the page says what to fix
        prepareForm(model, desk.activity(actor, activity.id()), form, errors, problem);
        prepareRegistrations(model, lang, actor, activity, Map.of());
        return "learning/admin-activity";
    }

    @PostMapping("/" + LANG + "/admin/trainings/{id}/attendance")
    String attendance(@PathVariable Language lang, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                      Actor actor) {
        UUID activityId = TrainingPages.uuid(id);
        Set<UUID> shown = ids(form.get("shown"));
        Set<UUID> present = ids(form.get("present"));
        try {
            int certified = desk.markAttendance(actor, activityId, present, shown);
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?attendance=" + certified + "#registrations";
        } catch (Refusal e) {
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?problem=" + e.code() + "#registrations";
        }
    }

    @PostMapping("/" + LANG + "/admin/trainings/{id}/registrations/{registration}")
    String decide(@PathVariable Language lang, @PathVariable String id, @PathVariable String registration,
                  @RequestParam Map<String, String> form, Actor actor) {
        UUID activityId = TrainingPages.uuid(id);
        String decision = form.getOrDefault("decision", "");
        if (!decision.equals("approve") && !decision.equals("decline")) {
            throw new InvalidRequestException("decision");
        }
        try {
            desk.decide(actor, RequestParameters.uuid(registration, "registration"), decision.equals("approve"));
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?decided#registrations";
        } catch (Refusal e) {
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?problem=" + e.code() + "#registrations";
        }
    }

    private void prepareRegistrations(Model model, Language lang, Actor actor, Activity activity, Map<String, String> parameters) {
        Slice<Registration> page;
        try {
            page = desk.registrations(actor, activity.id(), RequestParameters.present(parameters.get("after")), REGISTRATIONS_PAGE);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("after");
        }
        model.addAttribute("registrations", page.items());
        model.addAttribute("nextRegistrations", page.nextCursor().orElse(null));
        model.addAttribute("seats", desk.seats(activity));
        model.addAttribute("canEdit", actor.hasAny(Role.ADMIN, Role.SECRETARIAT));
        model.addAttribute("canMark", !desk.now().isBefore(activity.startsAt()));
        String problem = parameters.get("problem");
        if (problem != null && problem.matches("[a-z-]{1,40}")) {
            model.addAttribute("actionProblem", messages.getMessage("learning.problem." + problem, null, "", lang.locale()));
        }
    }

    private void prepareForm(Model model, Activity activity, Map<String, List<String>> form, Map<String, String> errors, String problem) {
        model.addAttribute("activity", activity);
        Map<String, String> single = new HashMap<>();
        form.forEach((key, values) -> single.put(key, values == null || values.isEmpty() ? "" : values.get(0)));
        model.addAttribute("form", single);
        model.addAttribute("chosenLanguages", Set.copyOf(form.getOrDefault("languages", List.of())));
        model.addAttribute("chosenAudiences", Set.copyOf(form.getOrDefault("audiences", List.of())));
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("formats", ActivityFormat.values());
        model.addAttribute("modes", ActivityMode.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("zones", List.of("Africa/Casablanca", "Africa/Cairo", "Africa/Dakar", "Africa/Lagos", "Asia/Riyadh",
                "Asia/Dubai", "Asia/Tehran", "Asia/Karachi", "Asia/Dhaka", "Asia/Jakarta", "Asia/Kuala_Lumpur", "Asia/Tashkent",
                "Asia/Almaty", "Europe/Istanbul", "Europe/Paris", "UTC"));
    }

    private static Map<String, List<String>> formOf(Activity activity) {
        Map<String, List<String>> form = new HashMap<>();
        ActivityContent c = activity.content();
        put(form, "format", c.format().name());
        put(form, "mode", c.mode().name());
        for (Language l : Language.values()) {
            put(form, "title." + l.tag(), c.title().in(l).orElse(""));
            put(form, "summary." + l.tag(), c.summary().markup().in(l).orElse(""));
            put(form, "question." + l.tag(), c.question().in(l).orElse(""));
            put(form, "place." + l.tag(), c.place().in(l).orElse(""));
        }
        put(form, "latitude", c.latitude() == null ? "" : c.latitude().toString());
        put(form, "longitude", c.longitude() == null ? "" : c.longitude().toString());
        form.put("languages", c.languages().stream().map(Language::tag).toList());
        form.put("audiences", c.audiences().stream().map(Enum::name).toList());
        put(form, "topics", Optional.ofNullable(c.topics()).orElse(""));
        put(form, "trainers", Optional.ofNullable(c.trainers()).orElse(""));
        put(form, "trainerEmails", String.join(", ", c.trainerEmails().stream().sorted().toList()));
        put(form, "materials", Optional.ofNullable(c.materials()).orElse(""));
        put(form, "videoLink", Optional.ofNullable(c.videoLink()).orElse(""));
        put(form, "recordingLink", Optional.ofNullable(c.recordingLink()).orElse(""));
        put(form, "timeZone", c.timeZone().getId());
        put(form, "startsAt", local(c.startsAt(), c.timeZone()));
        put(form, "endsAt", local(c.endsAt(), c.timeZone()));
        put(form, "closesAt", local(c.registrationClosesAt(), c.timeZone()));
        put(form, "capacity", String.valueOf(c.capacity()));
        put(form, "requiresApproval", c.requiresApproval() ? "on" : "");
        put(form, "published", c.published() ? "on" : "");
        put(form, "version", String.valueOf(activity.version()));
        return form;
    }

    private static void put(Map<String, List<String>> form, String key, String value) {
        form.put(key, List.of(value));
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /** The activity the form describes; every problem goes into {@code errors} under the field's name. */
    static ActivityContent content(MultiValueMap<String, String> form, Map<String, String> errors) {
        Optional<ActivityFormat> format = RequestParameters.named(ActivityFormat.class, form.getFirst("format"));
        if (format.isEmpty()) {
            errors.put("format", "learning.error.format");
        }
        Optional<ActivityMode> mode = RequestParameters.named(ActivityMode.class, form.getFirst("mode"));
        if (mode.isEmpty()) {
            errors.put("mode", "learning.error.mode");
        }
        LocalizedText title = texts(form, "title", 300, errors);
        if (title.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "learning.error.title");
        }
        RichText summary = org.turath.web.LocalizedFields.readRich(form, "summary", 20_000, "learning.error.too-long", errors);
        LocalizedText question = texts(form, "question", 500, errors);
        LocalizedText place = texts(form, "place", 300, errors);
        Double latitude = coordinate(form.getFirst("latitude"), 90, "latitude", errors);
        Double longitude = coordinate(form.getFirst("longitude"), 180, "longitude", errors);
        if ((latitude == null) != (longitude == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put("latitude", "learning.error.coordinates-pair");
        }
        if (mode.isPresent() && mode.get().inPerson() && place.isEmpty()) {
            errors.put("place", "learning.error.place");
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String tag : form.getOrDefault("languages", List.of())) {
            Language.fromTag(tag).ifPresentOrElse(languages::add, () -> errors.put("languages", "learning.error.languages"));
        }
        if (languages.isEmpty()) {
            errors.put("languages", "learning.error.languages");
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String name : form.getOrDefault("audiences", List.of())) {
            RequestParameters.named(Audience.class, name).ifPresentOrElse(audiences::add, () -> errors.put("audiences", "learning.error.audiences"));
        }
        if (audiences.isEmpty()) {
            errors.put("audiences", "learning.error.audiences");
        }
        String topics = limited(TextInput.line(form.getFirst("topics")), 500, "topics", errors);
        String trainers = limited(TextInput.line(form.getFirst("trainers")), 500, "trainers", errors);
        Set<String> trainerEmails = new LinkedHashSet<>();
        for (String email : Optional.ofNullable(form.getFirst("trainerEmails")).orElse("").split("[,;\\s]+")) {
            if (email.isBlank()) {
                continue;
            }
            if (!EmailAddress.wellFormed(email)) {
                errors.put("trainerEmails", "learning.error.trainer-emails");
            } else {
                trainerEmails.add(EmailAddress.normalise(email));
            }
        }
        if (trainerEmails.stream().mapToInt(e -> e.length() + 1).sum() > 1000) {
            errors.put("trainerEmails", "learning.error.trainer-emails");
        }
        String materials = Optional.ofNullable(form.getFirst("materials")).map(m -> m.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip())
                .filter(m -> !m.isEmpty()).orElse(null);
        if (materials != null) {
            if (materials.length() > 10_000) {
                errors.put("materials", "learning.error.materials");
            } else if (materials.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .anyMatch(l -> !LINK.matcher(l.substring(l.lastIndexOf('|') + 1).strip()).matches())) {
                errors.put("materials", "learning.error.materials");
            }
        }
        String videoLink = link(form.getFirst("videoLink"), "videoLink", errors);
        String recordingLink = link(form.getFirst("recordingLink"), "recordingLink", errors);
        ZoneId zone = null;
        try {
            zone = ZoneId.of(Optional.ofNullable(form.getFirst("timeZone")).orElse(""));
        } catch (DateTimeException e) {
            errors.put("timeZone", "learning.error.time-zone");
        }
        Instant startsAt = instant(form.getFirst("startsAt"), zone, "startsAt", errors);
        Instant endsAt = instant(form.getFirst("endsAt"), zone, "endsAt", errors);
        Instant closesAt = instant(form.getFirst("closesAt"), zone, "closesAt", errors);
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            errors.put("endsAt", "learning.error.ends-before");
        }
        if (closesAt != null && endsAt != null && closesAt.isAfter(endsAt)) {
            errors.put("closesAt", "learning.error.closes-after");
        }
        int capacity = 0;
        try {
            capacity = Integer.parseInt(Optional.ofNullable(form.getFirst("capacity")).orElse("").strip());
            if (capacity < 1 || capacity > 100_000) {
                errors.put("capacity", "learning.error.capacity");
            }
        } catch (NumberFormatException e) {
            errors.put("capacity", "learning.error.capacity");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ActivityContent(format.get(), mode.get(), title, summary, question, place, latitude, longitude, languages, audiences,
                topics, trainers, trainerEmails, materials, mode.get().online() ? videoLink : null, recordingLink, startsAt, endsAt,
                zone, closesAt, capacity, "on".equals(form.getFirst("requiresApproval")), "on".equals(form.getFirst("published")));
    }

    private static LocalizedText texts(MultiValueMap<String, String> form, String name, int max, Map<String, String> errors) {
        return org.turath.web.LocalizedFields.read(form, name, max, "learning.error.too-long", errors);
    }

    private static String limited(String value, int max, String field, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, "learning.error.too-long");
        }
        return value;
    }

    private static String link(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!LINK.matcher(value.strip()).matches()) {
            errors.put(field, "learning.error.link");
            return null;
        }
        return value.strip();
    }

    private static Double coordinate(String value, double limit, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip().replace(',', '.'));
            if (Double.isNaN(parsed) || Math.abs(parsed) > limit) {
                errors.put(field, "learning.error.coordinate");
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.put(field, "learning.error.coordinate");
            return null;
        }
    }

    private static Instant instant(String value, ZoneId zone, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "learning.error.date");
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.strip());
            if (local.getYear() < 2000 || local.getYear() > 2200) {
                errors.put(field, "learning.error.date");
                return null;
            }
            return zone == null ? null : local.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "learning.error.date");
            return null;
        }
    }

    private static long version(MultiValueMap<String, String> form) {
        return RequestParameters.version(form.getFirst("version"));
    }

    private static Set<UUID> ids(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        if (values.size() > 10_000) {
            throw new InvalidRequestException("shown");
        }
        return values.stream().map(v -> RequestParameters.uuid(v, "shown")).collect(Collectors.toSet());
    }

}
