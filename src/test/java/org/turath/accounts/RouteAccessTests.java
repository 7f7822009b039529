package org.turath.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.turath.support.IntegrationTest;
import org.turath.support.RegistryFixture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default, proven: every route a controller serves × every role and anonymous visitors is
 * allowed exactly when the rules its module declares ({@link RouteRules}) say so, and a route no rule names is refused.
 */
@IntegrationTest
class RouteAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    java.util.List<RouteRules> modules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Autowired
    RegistryFixture registry;

    String reference;

    @BeforeEach
    void demoData() {
        registry.demoData();
        reference = registry.referenceOf(170);
    }

    @Test
    void everyRouteIsListedAndEachRoleGetsExactlyWhatTheTableSays() throws Exception {
        List<String> unlisted = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo route : routes.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = route.getMethodsCondition().getMethods().isEmpty()
                    ? EnumSet.of(RequestMethod.GET) : route.getMethodsCondition().getMethods();
            for (String pattern : route.getPatternValues()) {
                for (RequestMethod method : methods) {
                    String path = concrete(pattern);
                    Optional<RouteAccess.Rule> rule = ruleFor(HttpMethod.valueOf(method.name()), path);
                    if (rule.isEmpty()) {
                        unlisted.add(method + " " + pattern);
                    }
                    assertAccess(HttpMethod.valueOf(method.name()), path, Set.of(), false, rule);
                    for (Role role : Role.values()) {
                        assertAccess(HttpMethod.valueOf(method.name()), path, Set.of(role), true, rule);
                    }
                    checked.add(method + " " + path);
                    if (method == RequestMethod.GET) {
                        // HEAD is answered wherever GET is, for exactly the same people
                        assertAccess(HttpMethod.HEAD, path, Set.of(), false, rule);
                        for (Role role : Role.values()) {
                            assertAccess(HttpMethod.HEAD, path, Set.of(role), true, rule);
                        }
                    }
                }
            }
        }
        assertThat(unlisted).as("routes served by a controller that no module's RouteRules names").isEmpty();
        // every route of our controllers (58 mappings) and springdoc's, as 7 roles and anonymous
        assertThat(checked).hasSizeGreaterThanOrEqualTo(58);
    }

    private void assertAccess(HttpMethod method, String path, Set<Role> roles, boolean authenticated,
                              Optional<RouteAccess.Rule> rule) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        if (authenticated) {
            request.with(SecurityMockMvcRequestPostProcessors.user("someone@example.org")
                    .roles(roles.stream().map(Enum::name).toArray(String[]::new)));
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            request.with(SecurityMockMvcRequestPostProcessors.csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        boolean refused = response.getStatus() == 401 || response.getStatus() == 403
                || (response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login"));
        boolean expectedAllowed = rule.map(r -> r.allows(roles, authenticated)).orElse(false);
        assertThat(!refused).as("%s %s as %s (status %d)", method, path, authenticated ? roles : "anonymous", response.getStatus())
                .isEqualTo(expectedAllowed);
    }

    private Optional<RouteAccess.Rule> ruleFor(HttpMethod method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        return modules.stream().flatMap(module -> module.rules().stream())
                .filter(rule -> rule.matchers().stream().anyMatch(matcher -> matcher.matches(request)))
                .findFirst();
    }

    /** A real path for a route pattern: a language, a real reference, a real state. */
    private String concrete(String pattern) {
        return pattern.replaceAll("\\{lang[^}]*}", "en")
                .replace("{reference}", reference)
                .replace("{iso2}", "ma")
                .replaceAll("\\{[^}]+}", "x")
                .replace("/**", "/x");
    }
}
