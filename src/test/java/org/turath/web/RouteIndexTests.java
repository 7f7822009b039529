package org.turath.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.turath.accounts.RouteAccess;
import org.turath.accounts.RouteRules;
import org.turath.support.IntegrationTest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding routes by the literal start of their address decides exactly as trying every route in turn: for an address
 * made from every route's own pattern, and for its odd neighbours (a trailing slash, a doubled one, a letter
 * percent-encoded, a language in capitals), the first access rule that matches is the same, and every handler method
 * that matches is among the candidates.
 */
@IntegrationTest
class RouteIndexTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    List<RouteRules> modules;

    @Test
    void everyRoutesOwnAddressMeetsTheSameRuleAndHandlersAsTryingThemAll() {
        List<RouteAccess.Rule> rules = modules.stream().flatMap(module -> module.rules().stream()).toList();
        RouteIndex<RouteAccess.Rule> ruleIndex = RouteIndex.of(rules, rule -> List.of(rule.pattern()));
        List<RequestMappingInfo> mappings = List.copyOf(handlers.getHandlerMethods().keySet());
        RouteIndex<RequestMappingInfo> mappingIndex = RouteIndex.of(mappings, RouteIndexTests::patterns);
        assertThat(handlers).as("the portal's own handler mapping").isInstanceOf(IndexedHandlerMapping.class);

        Set<String> paths = new LinkedHashSet<>();
        rules.forEach(rule -> paths.addAll(examples(rule.pattern())));
        mappings.forEach(mapping -> patterns(mapping).forEach(pattern -> paths.addAll(examples(pattern))));
        paths.addAll(List.of("/", "/ar", "/ar/", "/xx/heritage", "/ar/heritage/", "/en//admin", "/%61r/heritage", "/api/v1/heritage/"));

        int withRule = 0;
        int withHandler = 0;
        for (String path : paths) {
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE")) {
                MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                ServletRequestPathUtils.parseAndCache(request);

                Optional<RouteAccess.Rule> first = firstMatching(rules, request);
                assertThat(firstMatching(ruleIndex.candidates(request).orElseThrow(), request)).as(method + " " + path).isEqualTo(first);
                withRule += first.isPresent() ? 1 : 0;

                Set<RequestMappingInfo> matching = mappings.stream().filter(mapping -> mapping.getMatchingCondition(request) != null)
                        .collect(Collectors.toSet());
                assertThat(mappingIndex.candidates(request).orElseThrow()).as(method + " " + path).containsAll(matching);
                withHandler += matching.isEmpty() ? 0 : 1;
            }
        }
        // the addresses reach most routes, so the comparison is not between two empty answers
        assertThat(withRule).isGreaterThan(rules.size());
        assertThat(withHandler).isGreaterThan(mappings.size() / 2);
    }

    @Test
    void aPatternsKeyIsItsLiteralStartAfterTheLanguage() {
        assertThat(RouteIndex.key("/{lang:ar|en|fr}/admin/heritage/{id}")).isEqualTo("L2/admin/heritage");
        assertThat(RouteIndex.key("/{lang:ar|en|fr}/heritage/*")).isEqualTo("L1/heritage");
        assertThat(RouteIndex.key("/{lang:ar|en|fr}/")).isEqualTo("L1/");
        assertThat(RouteIndex.key("/{lang:ar|en|fr}")).isEqualTo("L0");
        assertThat(RouteIndex.key("/webjars/**")).isEqualTo("P1/webjars");
        assertThat(RouteIndex.key("/sitemap-{n}.xml")).isEqualTo("P0");
    }

    private static Optional<RouteAccess.Rule> firstMatching(List<RouteAccess.Rule> rules, MockHttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matchers().stream().anyMatch(matcher -> matcher.matches(request))).findFirst();
    }

    private static List<String> patterns(RequestMappingInfo mapping) {
        return mapping.getPathPatternsCondition() == null ? List.of()
                : mapping.getPathPatternsCondition().getPatterns().stream().map(PathPattern::getPatternString).toList();
    }

    /** Addresses a pattern stands for, and their odd neighbours. */
    private static List<String> examples(String pattern) {
        String path = pattern.replace("{lang:ar|en|fr}", "ar").replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "IWH-0001")
                .replace("**", "a/b").replace("*", "x1");
        List<String> examples = new ArrayList<>(List.of(path, path + "/", path.replaceFirst("/", "//"), path.replace("/ar/", "/AR/"),
                path.replace("/ar/", "/en/"), path.replaceFirst("a", "%61")));
        if (path.endsWith("/") && path.length() > 1) {
            examples.add(path.substring(0, path.length() - 1));
        }
        return examples;
    }

}
