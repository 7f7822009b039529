package org.turath.learning.web;

import org.turath.learning.RegistrationId;
import org.turath.learning.ActivityId;
import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.turath.web.FormRecord;
import org.turath.web.Trilingual;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** An activity as its back-office form posts it; the texts in three languages, dates in the activity's time zone. */
    record ActivityForm(String version, String format, String mode, Trilingual title, Trilingual summary, Trilingual question,
                        Trilingual place, String latitude, String longitude, List<String> languages, List<String> audiences,
                        List<String> topics, String trainers, String trainerEmails, String materials, String videoLink,
                        String recordingLink, String timeZone, String startsAt, String endsAt, String closesAt, String capacity,
                        String requiresApproval, String published, String related) implements FormRecord {
    }

    private final TrainingDesk desk;
    private final MessageSource messages;
    private final org.turath.registry.RegistryApi registry;
    private final org.turath.topics.Topics topics;

    TrainingAdminPages(TrainingDesk desk, MessageSource messages, org.turath.registry.RegistryApi registry,
                       org.turath.topics.Topics topics) {
        this.desk = desk;
        this.messages = messages;
        this.registry = registry;
        this.topics = topics;
    }

    @GetMapping("/" + LANG + "/admin/trainings")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Slice<Activity> page;
        try {
            page = desk.all(actor, RequestParameters.present(after), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
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
        ActivityForm form = new ActivityForm(null, null, null, null, null, null, null, null, null, List.of(lang.tag()), List.of(),
                List.of(), null, null, null, null, null, "Africa/Casablanca", null, null, null, "30", null, null, null);
        prepareForm(model, null, form, Map.of(), null);
        return "learning/admin-edit";
    }

    @PostMapping("/" + LANG + "/admin/trainings/new")
    String create(@PathVariable Language lang, @ModelAttribute ActivityForm form, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new LinkedHashMap<>();
        ActivityContent content = content(form, errors, reference -> registry.find(reference).isPresent(), topics, List.of());
        if (errors.isEmpty()) {
            Activity created = desk.create(actor, content);
            return "redirect:/" + lang.tag() + "/admin/trainings/" + created.id() + "?saved";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        prepareForm(model, null, form, errors, null);
        return "learning/admin-edit";
    }

    @GetMapping("/" + LANG + "/admin/trainings/{id}")
    String show(@PathVariable Language lang, @PathVariable ActivityId id, @RequestParam(name = "cursor", required = false) String after,
                @RequestParam(name = "problem", required = false) String problem, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Activity activity = desk.activity(actor, id);
        prepareForm(model, activity, formOf(activity), Map.of(), null);
        prepareRegistrations(model, lang, actor, activity, after, problem);
        return "learning/admin-activity";
    }

    @PostMapping("/" + LANG + "/admin/trainings/{id}")
    String save(@PathVariable Language lang, @PathVariable ActivityId id, @ModelAttribute ActivityForm form,
                Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Activity activity = desk.activity(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        ActivityContent content = content(form, errors, reference -> registry.find(reference).isPresent(), topics,
                org.turath.topics.Topics.codes(activity.topics()));
        String problem = null;
        if (errors.isEmpty()) {
            try {
                desk.update(actor, activity.id(), RequestParameters.version(form.version()), content);
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
        prepareRegistrations(model, lang, actor, activity, null, null);
        return "learning/admin-activity";
    }

    @PostMapping("/" + LANG + "/admin/trainings/{id}/attendance")
    String attendance(@PathVariable Language lang, @PathVariable("id") ActivityId activityId,
                      @RequestParam(name = "shown", required = false) List<String> shownIds,
                      @RequestParam(name = "present", required = false) List<String> presentIds, Actor actor) {
        Set<RegistrationId> shown = ids(shownIds);
        Set<RegistrationId> present = ids(presentIds);
        try {
            int certified = desk.markAttendance(actor, activityId, present, shown);
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?attendance=" + certified + "#registrations";
        } catch (Refusal e) {
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?problem=" + e.code() + "#registrations";
        }
    }

    @PostMapping("/" + LANG + "/admin/trainings/{id}/registrations/{registration}")
    String decide(@PathVariable Language lang, @PathVariable("id") ActivityId activityId, @PathVariable RegistrationId registration,
                  @RequestParam(name = "decision", required = false) String decision, Actor actor) {
        if (!"approve".equals(decision) && !"decline".equals(decision)) {
            throw new InvalidRequestException("decision");
        }
        try {
            desk.decide(actor, registration, decision.equals("approve"));
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?decided#registrations";
        } catch (Refusal e) {
            return "redirect:/" + lang.tag() + "/admin/trainings/" + activityId + "?problem=" + e.code() + "#registrations";
        }
    }

    private void prepareRegistrations(Model model, Language lang, Actor actor, Activity activity, String after, String problem) {
        Slice<Registration> page;
        try {
            page = desk.registrations(actor, activity.id(), RequestParameters.present(after), REGISTRATIONS_PAGE);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("registrations", page.items());
        model.addAttribute("nextRegistrations", page.nextCursor().orElse(null));
        model.addAttribute("seats", desk.seats(activity));
        model.addAttribute("canEdit", actor.hasAny(Role.ADMIN, Role.SECRETARIAT));
        model.addAttribute("canMark", !desk.now().isBefore(activity.startsAt()));
        if (problem != null && problem.matches("[a-z-]{1,40}")) {
            model.addAttribute("actionProblem", messages.getMessage("learning.problem." + problem, null, "", lang.locale()));
        }
    }

    private void prepareForm(Model model, Activity activity, ActivityForm form, Map<String, String> errors, String problem) {
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        model.addAttribute("chosenLanguages", Set.copyOf(Optional.ofNullable(form.languages()).orElse(List.of())));
        model.addAttribute("chosenAudiences", Set.copyOf(Optional.ofNullable(form.audiences()).orElse(List.of())));
        model.addAttribute("chosenTopics", Set.copyOf(Optional.ofNullable(form.topics()).orElse(List.of())));
        model.addAttribute("topicChoices", topics.choices(activity == null ? List.of() : org.turath.topics.Topics.codes(activity.topics())));
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

    private static ActivityForm formOf(Activity activity) {
        ActivityContent c = activity.content();
        return new ActivityForm(String.valueOf(activity.version()), c.format().name(), c.mode().name(), Trilingual.of(c.title()),
                Trilingual.of(c.summary().markup()), Trilingual.of(c.question()), Trilingual.of(c.place()),
                c.latitude() == null ? "" : c.latitude().toString(), c.longitude() == null ? "" : c.longitude().toString(),
                c.languages().stream().map(Language::tag).toList(), c.audiences().stream().map(Enum::name).toList(),
                org.turath.topics.Topics.codes(c.topics()), Optional.ofNullable(c.trainers()).orElse(""),
                String.join(", ", c.trainerEmails().stream().sorted().toList()), Optional.ofNullable(c.materials()).orElse(""),
                Optional.ofNullable(c.videoLink()).orElse(""), Optional.ofNullable(c.recordingLink()).orElse(""),
                c.timeZone().getId(), local(c.startsAt(), c.timeZone()), local(c.endsAt(), c.timeZone()),
                local(c.registrationClosesAt(), c.timeZone()), String.valueOf(c.capacity()), c.requiresApproval() ? "on" : "",
                c.published() ? "on" : "", String.join(", ", c.related()));
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /** The activity the form describes; every problem goes into {@code errors} under the field's name. */
    static ActivityContent content(ActivityForm form, Map<String, String> errors, java.util.function.Predicate<String> onTheList,
                                   org.turath.topics.Topics vocabulary, List<String> kept) {
        Optional<ActivityFormat> format = RequestParameters.named(ActivityFormat.class, form.format());
        if (format.isEmpty()) {
            errors.put("format", "learning.error.format");
        }
        Optional<ActivityMode> mode = RequestParameters.named(ActivityMode.class, form.mode());
        if (mode.isEmpty()) {
            errors.put("mode", "learning.error.mode");
        }
        LocalizedText title = texts(form.title(), "title", 300, errors);
        if (title.isEmpty() && !errors.containsKey("title")) {
            errors.put("title", "learning.error.title");
        }
        RichText summary = org.turath.web.LocalizedFields.readRich(form.summary(), "summary", 20_000, "learning.error.too-long", errors);
        LocalizedText question = texts(form.question(), "question", 500, errors);
        LocalizedText place = texts(form.place(), "place", 300, errors);
        Double latitude = coordinate(form.latitude(), 90, "latitude", errors);
        Double longitude = coordinate(form.longitude(), 180, "longitude", errors);
        if ((latitude == null) != (longitude == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put("latitude", "learning.error.coordinates-pair");
        }
        if (mode.isPresent() && mode.get().inPerson() && place.isEmpty()) {
            errors.put("place", "learning.error.place");
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String tag : Optional.ofNullable(form.languages()).orElse(List.of())) {
            Language.fromTag(tag).ifPresentOrElse(languages::add, () -> errors.put("languages", "learning.error.languages"));
        }
        if (languages.isEmpty()) {
            errors.put("languages", "learning.error.languages");
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String name : Optional.ofNullable(form.audiences()).orElse(List.of())) {
            RequestParameters.named(Audience.class, name).ifPresentOrElse(audiences::add, () -> errors.put("audiences", "learning.error.audiences"));
        }
        if (audiences.isEmpty()) {
            errors.put("audiences", "learning.error.audiences");
        }
        List<String> topicCodes = vocabulary.read(form.topics(), kept, "topics", "learning.error.topics", errors);
        String topics = topicCodes.isEmpty() ? null : String.join(",", topicCodes);
        String trainers = limited(TextInput.line(form.trainers()), 500, "trainers", errors);
        Set<String> trainerEmails = new LinkedHashSet<>();
        for (String email : Optional.ofNullable(form.trainerEmails()).orElse("").split("[,;\\s]+")) {
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
        String materials = Optional.ofNullable(form.materials()).map(m -> m.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip())
                .filter(m -> !m.isEmpty()).orElse(null);
        if (materials != null) {
            if (materials.length() > 10_000) {
                errors.put("materials", "learning.error.materials");
            } else if (materials.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .anyMatch(l -> !LINK.matcher(l.substring(l.lastIndexOf('|') + 1).strip()).matches())) {
                errors.put("materials", "learning.error.materials");
            }
        }
        String videoLink = link(form.videoLink(), "videoLink", errors);
        String recordingLink = link(form.recordingLink(), "recordingLink", errors);
        ZoneId zone = null;
        try {
            zone = ZoneId.of(Optional.ofNullable(form.timeZone()).orElse(""));
        } catch (DateTimeException e) {
            errors.put("timeZone", "learning.error.time-zone");
        }
        Instant startsAt = instant(form.startsAt(), zone, "startsAt", errors);
        Instant endsAt = instant(form.endsAt(), zone, "endsAt", errors);
        Instant closesAt = instant(form.closesAt(), zone, "closesAt", errors);
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            errors.put("endsAt", "learning.error.ends-before");
        }
        if (closesAt != null && endsAt != null && closesAt.isAfter(endsAt)) {
            errors.put("closesAt", "learning.error.closes-after");
        }
        int capacity = 0;
        try {
            capacity = Integer.parseInt(Optional.ofNullable(form.capacity()).orElse("").strip());
            if (capacity < 1 || capacity > 100_000) {
                errors.put("capacity", "learning.error.capacity");
            }
        } catch (NumberFormatException e) {
            errors.put("capacity", "learning.error.capacity");
        }
        List<String> related = org.turath.registry.RelatedHeritage.read(form.related(), onTheList, "related",
                "learning.error.related", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ActivityContent(format.get(), mode.get(), title, summary, question, place, latitude, longitude, languages, audiences,
                topics, trainers, trainerEmails, materials, mode.get().online() ? videoLink : null, recordingLink, startsAt, endsAt,
                zone, closesAt, capacity, "on".equals(form.requiresApproval()), "on".equals(form.published()), related);
    }

    private static LocalizedText texts(Trilingual typed, String name, int max, Map<String, String> errors) {
        return org.turath.web.LocalizedFields.read(typed, name, max, "learning.error.too-long", errors);
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

    private static Set<RegistrationId> ids(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        if (values.size() > 10_000) {
            throw new InvalidRequestException("shown");
        }
        return values.stream().map(v -> new RegistrationId(RequestParameters.uuid(v, "shown"))).collect(Collectors.toSet());
    }

}
