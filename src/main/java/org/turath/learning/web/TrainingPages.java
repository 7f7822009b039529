package org.turath.learning.web;

import org.turath.learning.ActivityId;
import org.turath.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.turath.web.FieldErrors;
import org.turath.web.FormRecord;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.learning.Observance;
import org.turath.learning.RegistrationStatus;
import org.turath.learning.domain.Activity;
import org.turath.learning.domain.Registration;
import org.turath.learning.internal.Calendars;
import org.turath.learning.internal.CertificatePdf;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.EmailAddress;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.LocalizedDates;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.Downloads;
import org.turath.web.NoStore;
import org.turath.throttling.Throttle;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The public side of capacity building: the catalogue, the month calendar and iCal feeds, an
 * activity with its registration form, a participant's own page behind their link (cancel,
 * videoconference, certificate), and the public verification of certificates.
 */
@Controller
class TrainingPages {

    private static final int PAGE = 20;
    private static final int MONTH_MAX = 300;

    private final TrainingDesk desk;
    private final Calendars calendars;
    private final CertificatePdf certificates;
    private final MessageSource messages;
    private final Throttle throttle;

    private final org.turath.web.LinkedData linked;
    private final List<org.turath.learning.CalendarSource> others;

    private final org.turath.registry.RegistryApi registry;
    private final org.turath.topics.Topics topics;

    TrainingPages(TrainingDesk desk, Calendars calendars, CertificatePdf certificates, MessageSource messages,
                  Throttle throttle, org.turath.web.LinkedData linked, List<org.turath.learning.CalendarSource> others,
                  org.turath.registry.RegistryApi registry, org.turath.topics.Topics topics) {
        this.registry = registry;
        this.topics = topics;
        this.linked = linked;
        this.others = List.copyOf(others);
        this.desk = desk;
        this.calendars = calendars;
        this.certificates = certificates;
        this.messages = messages;
        this.throttle = throttle;
    }

    @GetMapping("/" + LANG + "/trainings")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String after, Model model) {
        Slice<Activity> page;
        try {
            page = desk.upcoming(RequestParameters.present(after), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("activities", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("observances", nextObservances());
        return "learning/list";
    }

    /** Each observance's next occurrence (this year's while it lasts), soonest first. */
    private List<Observance.Occurrence> nextObservances() {
        LocalDate today = LocalDate.ofInstant(desk.now(), ZoneOffset.UTC);
        List<Observance.Occurrence> next = new ArrayList<>();
        for (Observance observance : Observance.values()) {
            Observance.Occurrence occurrence = observance.in(today.getYear());
            next.add(occurrence.to().isBefore(today) ? observance.in(today.getYear() + 1) : occurrence);
        }
        next.sort(java.util.Comparator.comparing(Observance.Occurrence::from));
        return next;
    }

    /** What another module put in the month, with when it is as the reader's language says it. */
    record Elsewhere(org.turath.learning.CalendarSource.Entry entry, String when) {
    }

    /** One day of the month grid: its activities and observances. */
    record Day(LocalDate date, boolean inMonth, List<Activity> activities, List<Observance> observances) {
    }

    @GetMapping("/" + LANG + "/trainings/calendar")
    String month(@PathVariable Language lang, @RequestParam(name = "month", required = false) String shown, Model model) {
        YearMonth month;
        try {
            month = RequestParameters.present(shown).map(YearMonth::parse)
                    .orElse(YearMonth.from(desk.now().atOffset(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month");
        }
        if (month.getYear() < 1900 || month.getYear() > 2200) {
            throw new InvalidRequestException("month");
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Activity> activities = desk.between(first.atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant(),
                last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant(), MONTH_MAX);
        List<Observance.Occurrence> observances = new ArrayList<>();
        observances.addAll(Observance.during(month.minusMonths(1)));
        observances.addAll(Observance.during(month));
        observances.addAll(Observance.during(month.plusMonths(1)));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            LocalDate date = day;
            List<Activity> those = activities.stream().filter(a -> {
                LocalDate from = a.startsAt().atZone(a.timeZone()).toLocalDate();
                LocalDate to = a.endsAt().atZone(a.timeZone()).toLocalDate();
                return !date.isBefore(from) && !date.isAfter(to);
            }).toList();
            List<Observance> marked = observances.stream().filter(o -> o.covers(date)).map(Observance.Occurrence::observance)
                    .distinct().toList();
            weeks.get(weeks.size() - 1).add(new Day(date, YearMonth.from(date).equals(month), those, marked));
        }
        List<String> dayNames = new ArrayList<>();
        for (DayOfWeek d = DayOfWeek.MONDAY; dayNames.size() < 7; d = d.plus(1)) {
            dayNames.add(d.getDisplayName(TextStyle.FULL, lang.locale()));
        }
        model.addAttribute("elsewhere", others(month.atDay(1), month.atEndOfMonth(), MONTH_MAX).stream()
                .map(entry -> new Elsewhere(entry, entry.timed() ? LocalizedDates.span(entry.startsAt(), entry.endsAt(), entry.zone(), lang)
                        : LocalizedDates.format(entry.from(), lang) + " – " + LocalizedDates.format(entry.to(), lang))).toList());
        model.addAttribute("month", month);
        model.addAttribute("monthName", month.atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", lang.locale())));
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("following", month.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("dayNames", dayNames);
        return "learning/calendar";
    }

    @GetMapping("/" + LANG + "/trainings/calendar.ics")
    ResponseEntity<byte[]> allEvents(@PathVariable Language lang, HttpServletRequest request) {
        List<Activity> upcoming = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        // the feed holds what is coming, a page at a time, bounded
        do {
            Slice<Activity> page = desk.upcoming(cursor, 200);
            upcoming.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent() && upcoming.size() < 1000);
        LocalDate today = LocalDate.ofInstant(desk.now(), ZoneOffset.UTC);
        return ical(calendars.calendar(upcoming, others(today, today.plusYears(2), 500), true, lang, pageUrl(lang), linked.absolute("")),
                "turath-" + lang.tag() + ".ics");
    }

    /** What other modules put in the calendar from {@code from} to {@code to}, earliest first. */
    private List<org.turath.learning.CalendarSource.Entry> others(LocalDate from, LocalDate to, int limit) {
        List<org.turath.learning.CalendarSource.Entry> entries = new ArrayList<>();
        for (org.turath.learning.CalendarSource source : others) {
            entries.addAll(source.between(from, to, limit));
        }
        entries.sort(java.util.Comparator.comparing(org.turath.learning.CalendarSource.Entry::from)
                .thenComparing(org.turath.learning.CalendarSource.Entry::uid));
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    @GetMapping("/" + LANG + "/trainings/{id}/calendar.ics")
    ResponseEntity<byte[]> oneEvent(@PathVariable Language lang, @PathVariable ActivityId id) {
        Activity activity = desk.publicActivity(id);
        return ical(calendars.calendar(List.of(activity), false, lang, pageUrl(lang)), "turath-" + activity.id() + ".ics");
    }

    private String pageUrl(Language lang) {
        return desk.trainingsUrl(lang);
    }

    private static ResponseEntity<byte[]> ical(String calendar, String filename) {
        return Downloads.attachment(calendar.getBytes(StandardCharsets.UTF_8), new MediaType("text", "calendar", StandardCharsets.UTF_8),
                filename, "public, max-age=300");
    }

    @GetMapping("/" + LANG + "/trainings/{id}")
    String activity(@PathVariable Language lang, @PathVariable ActivityId id, Model model, HttpServletResponse response) {
        Activity activity = desk.publicActivity(id);
        org.turath.web.LinkedData.variesByAccept(response);
        prepare(model, lang, activity, Map.of(), RegistrationForm.EMPTY, null);
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(event(activity)));
        return "learning/activity";
    }

    /** The same activity as linked data, for a client that asks its page's address for JSON-LD. */
    @GetMapping(path = "/" + LANG + "/trainings/{id}", produces = org.turath.web.LinkedData.MEDIA_TYPE)
    org.springframework.http.ResponseEntity<String> activityAsLinkedData(@PathVariable Language lang, @PathVariable ActivityId id) {
        return linked.answer(event(desk.publicActivity(id)));
    }

    /** The activity as a schema.org event: when, how (online, in a place or both), where, in which languages. */
    private Map<String, Object> event(Activity activity) {
        Language lang = Language.DEFAULT;
        Map<String, Object> event = linked.thing(activity.format() == org.turath.learning.ActivityFormat.COURSE ? "EducationEvent" : "Event",
                "/" + lang.tag() + "/trainings/" + activity.id());
        event.put("name", org.turath.web.LinkedData.texts(activity.title()));
        event.put("description", org.turath.web.LinkedData.texts(activity.summary().plain()));
        event.put("mainEntityOfPage", linked.pages("/trainings/" + activity.id()));
        event.put("startDate", activity.startsAt().atZone(activity.timeZone()).toOffsetDateTime().toString());
        event.put("endDate", activity.endsAt().atZone(activity.timeZone()).toOffsetDateTime().toString());
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/" + switch (activity.mode()) {
            case ONLINE -> "OnlineEventAttendanceMode";
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        });
        java.util.List<Map<String, Object>> locations = new java.util.ArrayList<>();
        if (activity.mode().online()) {
            Map<String, Object> virtual = new java.util.LinkedHashMap<>();
            virtual.put("@type", "VirtualLocation");
            virtual.put("url", linked.absolute("/" + lang.tag() + "/trainings/" + activity.id()));
            locations.add(virtual);
        }
        if (activity.mode().inPerson()) {
            Map<String, Object> place = new java.util.LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", org.turath.web.LinkedData.texts(activity.place()));
            if (activity.located()) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", activity.latitude(), "longitude", activity.longitude()));
            }
            locations.add(place);
        }
        event.put("location", locations);
        event.put("inLanguage", activity.languages().stream().map(Language::tag).sorted().toList());
        event.put("maximumAttendeeCapacity", activity.capacity() > 0 ? activity.capacity() : null);
        event.put("organizer", linked.publisher());
        return event;
    }

    /** A registration: who, in which language, the activity's question answered, and consent to keep it. */
    record RegistrationForm(@Size(max = 200, message = "learning.error.name-long") String name, String email, String language,
                            @Size(max = 2000, message = "learning.error.answer-long") String answer, String consent)
            implements FormRecord {
        static final RegistrationForm EMPTY = new RegistrationForm(null, null, null, null, null);
    }

    @PostMapping("/" + LANG + "/trainings/{id}/register")
    String register(@PathVariable Language lang, @PathVariable ActivityId id, @Valid @ModelAttribute RegistrationForm form,
                    BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
        NoStore.personal(response);
        Activity activity = desk.publicActivity(id);
        Map<String, String> errors = FieldErrors.of(binding);
        String name = TextInput.line(form.name());
        if (name == null) {
            errors.putIfAbsent("name", "learning.error.name");
        }
        String email = EmailAddress.normalise(form.email());
        if (!EmailAddress.wellFormed(email)) {
            errors.put("email", "learning.error.email");
        }
        Language language = Language.fromTag(form.language() == null ? "" : form.language()).orElse(null);
        if (language == null) {
            errors.put("language", "learning.error.language");
        }
        String answer = TextInput.block(form.answer());
        if (!activity.question().isEmpty() && answer == null) {
            errors.put("answer", "learning.error.answer");
        }
        if (!"on".equals(form.consent())) {
            errors.put("consent", "learning.error.consent");
        }
        String problem = null;
        Object[] problemArgs = new Object[0];
        if (errors.isEmpty() && !throttle.allow("registration", request.getRemoteAddr(), 10, java.time.Duration.ofMinutes(10))) {
            problem = "learning.problem.throttled";
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (errors.isEmpty()) {
            try {
                desk.register(activity.id(), new TrainingDesk.Applicant(name, email, language, answer));
                // the same answer whether the address was new or registered before: the link comes by mail, so this
                // form tells nobody who registered
                return "redirect:/" + lang.tag() + "/trainings/" + activity.id() + "/registered";
            } catch (Refusal e) {
                problem = e.messageKey();
                problemArgs = e.arguments();
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        prepare(model, lang, activity, errors, form, problem == null ? null : messages.getMessage(problem, problemArgs, problem, lang.locale()));
        return "learning/activity";
    }

    private void prepare(Model model, Language lang, Activity activity, Map<String, String> errors, RegistrationForm form,
                         String problem) {
        model.addAttribute("activity", activity);
        model.addAttribute("related", org.turath.registry.RelatedHeritage.names(activity.related(), registry, lang));
        model.addAttribute("topicLabels", topics.labels(activity.topicList(), lang));
        model.addAttribute("seats", desk.seats(activity));
        model.addAttribute("open", activity.registrationOpen(desk.now()));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form.language() == null
                ? new RegistrationForm(form.name(), form.email(), lang.tag(), form.answer(), form.consent()) : form);
        model.addAttribute("problem", problem);
        model.addAttribute("languages", Language.values());
    }

    /** After a registration form was sent: the link is in the mail, whatever happened. */
    @GetMapping("/" + LANG + "/trainings/{id}/registered")
    String registered(@PathVariable Language lang, @PathVariable ActivityId id, Model model) {
        model.addAttribute("activity", desk.publicActivity(id));
        return "learning/registered";
    }

    @GetMapping("/" + LANG + "/trainings/registration")
    String registration(@PathVariable Language lang, @RequestParam(required = false) String token, Model model,
                        HttpServletResponse response) {
        NoStore.personal(response);
        Registration registration = desk.registration(token);
        Activity activity = desk.activityOf(registration);
        model.addAttribute("registration", registration);
        model.addAttribute("activity", activity);
        model.addAttribute("token", token);
        model.addAttribute("ahead", desk.waitingAhead(registration));
        model.addAttribute("cancellable", registration.status().active() && !activity.over(desk.now()));
        model.addAttribute("confirmed", registration.status() == RegistrationStatus.CONFIRMED);
        return "learning/registration";
    }

    @PostMapping("/" + LANG + "/trainings/registration/cancel")
    String cancel(@PathVariable Language lang, @RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        try {
            desk.cancel(token);
        } catch (Refusal e) {
            return "redirect:/" + lang.tag() + "/trainings/registration?token=" + token + "&problem=" + e.code();
        }
        return "redirect:/" + lang.tag() + "/trainings/registration?token=" + token + "&cancelled";
    }

    @GetMapping("/" + LANG + "/trainings/registration/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable Language lang, @RequestParam(required = false) String token) {
        Registration registration = desk.registration(token);
        byte[] pdf = certificates.render(registration, desk.activityOf(registration));
        return Downloads.attachment(pdf, MediaType.APPLICATION_PDF, "certificate-" + registration.certificateCode() + ".pdf", "no-store");
    }

    @GetMapping("/" + LANG + "/certificates")
    String verifyForm(@PathVariable Language lang, @RequestParam(required = false) String code, Model model,
                      HttpServletRequest request, HttpServletResponse response) {
        if (code == null || code.isBlank()) {
            model.addAttribute("checked", false);
            return "learning/verify";
        }
        return verify(lang, code, model, request, response);
    }

    @GetMapping("/" + LANG + "/certificates/{code}")
    String verify(@PathVariable Language lang, @PathVariable String code, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        NoStore.always(response);
        model.addAttribute("checked", true);
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        // guessing codes is slow: a few hundred tries an hour from one address
        if (!throttle.allow("certificate", request.getRemoteAddr(), 300, java.time.Duration.ofHours(1))) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("throttled", true);
            return "learning/verify";
        }
        Optional<TrainingDesk.Certificate> certificate = desk.verify(code);
        model.addAttribute("certificate", certificate.orElse(null));
        if (certificate.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "learning/verify";
    }
}
