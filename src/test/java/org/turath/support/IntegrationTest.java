package org.turath.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port against PostgreSQL. Every test class uses the same
 * configuration, so the context starts once for the suite. Before each test the server gets its own CSRF
 * token store back ({@link RealCsrfTokens}), whatever MockMvc tests did to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import({CleanDatabase.class, RegistryFixture.class, org.turath.nominations.NominationFixture.class, org.turath.risk.RiskFixture.class, org.turath.fund.FundFixture.class,
        org.turath.collections.CollectionsFixture.class})
@org.junit.jupiter.api.extension.ExtendWith({org.springframework.test.context.junit.jupiter.SpringExtension.class, RealCsrfTokens.class})
public @interface IntegrationTest {
}
