package org.turath.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.turath.web.FieldErrors;
import org.turath.web.FormRecord;
import org.turath.accounts.AccountId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /** The people list's position and the flags the page is sent back with ({@code ?invited}, {@code ?updated}). */
    record ListQuery(String cursor, String invited, String updated) {
    }

    /** An invitation: who, in which language, with which roles and, for a focal point, for which states. */
    record InviteForm(String email,
                      @Size(max = 200, message = "accounts.invite.too-long") String displayName,
                      @Size(max = 300, message = "accounts.invite.too-long") String organisation,
                      String language, List<String> roles, List<String> states) implements FormRecord {
    }

    /** A person's roles, states and whether the account may sign in, as the person page posts them. */
    record GrantForm(String version, List<String> roles, List<String> states, String enabled) {
    }

    @GetMapping("/" + LANG + "/admin/users")
    String list(@PathVariable Language lang, @ModelAttribute ListQuery query, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Optional<String> after = RequestParameters.present(query.cursor());
        if (after.isPresent() && after.get().length() > 320) {
            throw new InvalidRequestException("cursor");
        }
        var page = accounts.people(after, PAGE);
        model.addAttribute("people", page.items());
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("invited", query.invited() != null);
        model.addAttribute("updated", query.updated() != null);
        return "accounts/users";
    }

    @GetMapping("/" + LANG + "/admin/users/invite")
    String inviteForm(@PathVariable Language lang, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        prepare(model, lang, new LinkedHashMap<>(), Map.of());
        return "accounts/invite";
    }

    @PostMapping("/" + LANG + "/admin/users/invite")
    String invite(@PathVariable Language lang, @Valid @ModelAttribute InviteForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = FieldErrors.of(binding);
        String email = TextInput.line(form.email());
        String name = TextInput.line(form.displayName());
        String organisation = TextInput.line(form.organisation());
        Language language = Language.fromTag(form.language()).orElse(null);
        if (!org.turath.accounts.domain.User.wellFormed(email)) {
            errors.put("email", "accounts.email.invalid");
        } else if (accounts.find(email).isPresent()) {
            errors.put("email", "problem.account-exists.detail");
        }
        if (name == null) {
            errors.putIfAbsent("displayName", "accounts.invite.name-required");
        }
        if (language == null) {
            errors.put("language", "accounts.invite.language-required");
        }
        Set<Role> roles = roles(form.roles());
        Set<String> states = states(form.states());
        if (roles.isEmpty()) {
            errors.put("roles", "accounts.invite.role-required");
        }
        if (roles.contains(Role.FOCAL_POINT) && states.isEmpty()) {
            errors.put("states", "accounts.invite.state-required");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            prepare(model, lang, errors, form);
            model.addAttribute("chosenRoles", roles);
            model.addAttribute("chosenStates", states);
            return "accounts/invite";
        }
        lifecycle.invite(email, name, language, organisation, roles, states);
        return "redirect:/" + lang.tag() + "/admin/users?invited";
    }

    @GetMapping("/" + LANG + "/admin/users/{id}")
    String person(@PathVariable Language lang, @PathVariable AccountId id, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        model.addAttribute("person", accounts.person(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", geo.memberStates(lang));
        return "accounts/person";
    }

    @PostMapping("/" + LANG + "/admin/users/{id}")
    String grant(@PathVariable Language lang, @PathVariable AccountId id, @ModelAttribute GrantForm form) {
        String version = form.version();
        if (version == null || !version.matches("\\d{1,18}")) {
            throw new InvalidRequestException("version");
        }
        lifecycle.grant(id, Long.parseLong(version), roles(form.roles()), states(form.states()), form.enabled() != null);
        return "redirect:/" + lang.tag() + "/admin/users?updated";
    }

    @PostMapping("/" + LANG + "/admin/users/{person}/two-factor/reset")
    String resetSecondFactor(@PathVariable Language lang, @PathVariable AccountId person) {
        lifecycle.resetSecondFactor(person);
        return "redirect:/" + lang.tag() + "/admin/users/" + person + "?two-step-off";
    }

    private void prepare(Model model, Language lang, Map<String, String> errors, Object values) {
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
