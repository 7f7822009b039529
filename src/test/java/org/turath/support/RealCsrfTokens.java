package org.turath.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Gives the running server back the portal's own CSRF token store before each test. Spring Security's MockMvc
 * {@code csrf()} replaces the store inside the shared filter chain for good (with one that keeps every token in a
 * session), so a test over real HTTP that ran after any MockMvc form post would see sessions the portal never makes.
 */
public class RealCsrfTokens implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        CsrfTokenRepository portal = application.getBean(CsrfTokenRepository.class);
        for (var chain : application.getBean(FilterChainProxy.class).getFilterChains()) {
            for (var filter : chain.getFilters()) {
                if (filter instanceof CsrfFilter csrf) {
                    ReflectionTestUtils.setField(csrf, "tokenRepository", portal);
                }
            }
        }
    }
}
