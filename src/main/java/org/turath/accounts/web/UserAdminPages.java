package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Role;
import org.turath.accounts.internal.AccountLifecycle;
import org.turath.geo.GeoApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.RequestParameters;
import org.turath.shared.TextInput;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.turath.web.NoStore;

import static org.turath.web.WebConfiguration.LANG;

/** Administrators' pages for people: the list, invitations, and what each person may do. */
@Controller
class UserAdminPages {

    private static final int PAGE = 50;

    private final AccountsApi accounts;
    private final AccountLifecycle lifecycle;
    private final GeoApi geo;

    UserAdminPages(AccountsApi accounts, AccountLifecycle lifecycle, GeoApi geo) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.geo = geo;
    }

    @GetMapping("/" + LANG + "/admin/users")
    String list(@PathVariable Language lang, @RequestParam Map<String, String> parameters, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<String> after = RequestParameters.present(parameters.get("after"));
        if (after.isPresent() && after.get().length() > 320) {
            throw new InvalidRequestException("after");
        }
        var page = accounts.people(after, PAGE);
        model.addAttribute("people", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("invited", parameters.containsKey("invited"));
        model.addAttribute("updated", parameters.containsKey("updated"));
        return "accounts/users";
    }

    @GetMapping("/" + LANG + "/admin/users/invite")
    String inviteForm(@PathVariable Language lang, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepare(model, lang, new LinkedHashMap<>(), Map.of());
        return "accounts/invite";
    }

    @PostMapping("/" + LANG + "/admin/users/invite")
    String invite(@PathVariable Language lang, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new LinkedHashMap<>();
        String email = TextInput.line(form.getFirst("email"));
        String name = TextInput.line(form.getFirst("displayName"));
        String organisation = TextInput.line(form.getFirst("organisation"));
        Language language = Language.fromTag(form.getFirst("language")).orElse(null);
        if (!org.turath.accounts.domain.User.wellFormed(email)) {
            errors.put("email", "accounts.email.invalid");
        } else if (accounts.find(email).isPresent()) {
            errors.put("email", "problem.account-exists.detail");
        }
        if (name == null || name.length() > 200) {
            errors.put("displayName", name == null ? "accounts.invite.name-required" : "accounts.invite.too-long");
        }
        if (organisation != null && organisation.length() > 300) {
            errors.put("organisation", "accounts.invite.too-long");
        }
        if (language == null) {
            errors.put("language", "accounts.invite.language-required");
        }
        Set<Role> roles = roles(form.get("roles"));
        Set<String> states = states(form.get("states"));
        if (roles.isEmpty()) {
            errors.put("roles", "accounts.invite.role-required");
        }
        if (roles.contains(Role.FOCAL_POINT) && states.isEmpty()) {
            errors.put("states", "accounts.invite.state-required");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, errors, form.toSingleValueMap());
            model.addAttribute("chosenRoles", roles);
            model.addAttribute("chosenStates", states);
            return "accounts/invite";
        }
        lifecycle.invite(email, name, language, organisation, roles, states);
        return "redirect:/" + lang.tag() + "/admin/users?invited";
    }

    @GetMapping("/" + LANG + "/admin/users/{id}")
    String person(@PathVariable Language lang, @PathVariable String id, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        model.addAttribute("person", accounts.person(RequestParameters.uuid(id, "id")));
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", geo.memberStates(lang));
        return "accounts/person";
    }

    @PostMapping("/" + LANG + "/admin/users/{id}")
    String grant(@PathVariable Language lang, @PathVariable String id, @RequestParam MultiValueMap<String, String> form) {
        String version = form.getFirst("version");
        if (version == null || !version.matches("\\d{1,18}")) {
            throw new InvalidRequestException("version");
        }
        lifecycle.grant(RequestParameters.uuid(id, "id"), Long.parseLong(version), roles(form.get("roles")), states(form.get("states")),
                form.containsKey("enabled"));
        return "redirect:/" + lang.tag() + "/admin/users?updated";
    }

    @PostMapping("/" + LANG + "/admin/users/{id}/two-factor/reset")
    String resetSecondFactor(@PathVariable Language lang, @PathVariable String id) {
        java.util.UUID person = RequestParameters.uuid(id, "id");
        lifecycle.resetSecondFactor(person);
        return "redirect:/" + lang.tag() + "/admin/users/" + person + "?two-step-off";
    }

    private void prepare(Model model, Language lang, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", geo.memberStates(lang));
        model.addAttribute("languages", Language.values());
        if (!model.containsAttribute("chosenRoles")) {
            model.addAttribute("chosenRoles", Set.of());
            model.addAttribute("chosenStates", Set.of());
        }
    }

    private static Set<Role> roles(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (values != null) {
            for (String value : values) {
                roles.add(Role.parse(value).orElseThrow(() -> new InvalidRequestException("roles")));
            }
        }
        return roles;
    }

    private Set<String> states(List<String> values) {
        Set<String> states = new HashSet<>();
        if (values != null) {
            Set<String> members = geo.memberStateCodes();
            for (String value : values) {
                if (!members.contains(value)) {
                    throw new InvalidRequestException("states");
                }
                states.add(value);
            }
        }
        return states;
    }

}
