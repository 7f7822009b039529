package org.turath.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.risk.domain.EmergencyContact;
import org.turath.risk.domain.EmergencyContacts;
import org.turath.risk.internal.ContactsDesk;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static org.turath.web.WebConfiguration.LANG;

/** Emergency contacts in the back office: the states one keeps them for, and a state's list as one form. */
@Controller
class ContactsAdminPages {

    private final ContactsDesk desk;
    private final GeoApi geo;
    private final MessageSource messages;

    ContactsAdminPages(ContactsDesk desk, GeoApi geo, MessageSource messages) {
        this.desk = desk;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/admin/emergency-contacts")
    String states(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        List<CountryInfo> states = geo.memberStates(lang).stream()
                .filter(c -> actor.hasAny(Role.ADMIN, Role.SECRETARIAT) || actor.states().contains(c.iso2())).toList();
        model.addAttribute("states", states);
        return "risk/contacts-states";
    }

    @GetMapping("/" + LANG + "/admin/emergency-contacts/{state}")
    String form(@PathVariable Language lang, @PathVariable String state, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        EmergencyContacts list = desk.toKeep(actor, code(state));
        prepare(model, lang, list, ContactsForm.of(list), Map.of(), null);
        return "risk/contacts-edit";
    }

    @PostMapping("/" + LANG + "/admin/emergency-contacts/{state}")
    String save(@PathVariable Language lang, @PathVariable String state, @ModelAttribute("form") ContactsForm form, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        String code = code(state);
        EmergencyContacts list = desk.toKeep(actor, code);
        Map<String, String> errors = new LinkedHashMap<>();
        List<EmergencyContact> contacts = form.read(errors);
        return Refused.saveOrShowAgain(errors, () -> {
            desk.replace(actor, code, RequestParameters.version(form.version()), contacts);
            return "redirect:/" + lang.tag() + "/admin/emergency-contacts/" + code + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, list, form, errors, problem);
            return "risk/contacts-edit";
        });
    }

    private static String code(String state) {
        if (state == null || !state.matches("[A-Za-z]{2}")) {
            throw new NotFoundException("state");
        }
        return state.toUpperCase(Locale.ROOT);
    }

    private void prepare(Model model, Language lang, EmergencyContacts list, ContactsForm form, Map<String, String> errors, String problem) {
        model.addAttribute("list", list);
        model.addAttribute("stateName", geo.country(list.state()).map(c -> c.name(lang)).orElse(list.state()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("rows", IntStream.range(0, EmergencyContacts.MAX).boxed().toList());
    }
}
