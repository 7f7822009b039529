package org.turath.pagecache;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tu:keep} with a real template engine and no server: what is kept, under which key, and what never is.
 * (A whole page's parts, through the portal, are in {@code KeptPagePartsTests}.)
 */
class KeptPartsTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private SpringTemplateEngine engine;
    private KeptParts parts;

    @BeforeEach
    void engine() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("meters", meters));
        parts = new KeptParts(DataSize.ofMegabytes(1), Duration.ofMinutes(10), beans.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class));
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(parts);
    }

    private String draw(String template, Locale locale, Map<String, Object> variables) {
        return engine.process(template, new Context(locale, variables));
    }

    @Test
    void aPartIsDrawnOnceForItsKeyAndAgainForAnotherKey() {
        String template = "<div><p tu:keep=\"${key}\" th:text=\"${name}\">name</p><span th:text=\"${name}\">drawn</span></div>";

        assertThat(draw(template, Locale.ENGLISH, Map.of("key", "IWH-0001|stamp-1", "name", "Old name")))
                .isEqualTo("<div><p>Old name</p><span>Old name</span></div>");
        assertThat(draw(template, Locale.ENGLISH, Map.of("key", "IWH-0001|stamp-1", "name", "New name")))
                .as("the same key: the part as first drawn, the rest drawn again")
                .isEqualTo("<div><p>Old name</p><span>New name</span></div>");
        assertThat(draw(template, Locale.ENGLISH, Map.of("key", "IWH-0001|stamp-2", "name", "New name")))
                .as("a new stamp: drawn again").isEqualTo("<div><p>New name</p><span>New name</span></div>");
        assertThat(meters.get("turath.kept.parts").tag("result", "hit").counter().count()).isEqualTo(1);
        assertThat(meters.get("turath.kept.parts").tag("result", "miss").counter().count()).isEqualTo(2);
    }

    @Test
    void aValueKeyIsComparedByValueAndEachLanguageKeepsItsOwn() {
        record Card(String reference, String name) {
        }
        String template = "<ul><li th:each=\"card : ${cards}\"><a tu:keep=\"${card}\" th:text=\"${card.name()}\">x</a></li></ul>";

        draw(template, Locale.ENGLISH, Map.of("cards", java.util.List.of(new Card("IWH-0001", "Fez"))));
        assertThat(draw(template, Locale.ENGLISH, Map.of("cards", java.util.List.of(new Card("IWH-0001", "Fez"), new Card("IWH-0002", "Kairouan")))))
                .isEqualTo("<ul><li><a>Fez</a></li><li><a>Kairouan</a></li></ul>");
        assertThat(draw(template, Locale.ENGLISH, Map.of("cards", java.util.List.of(new Card("IWH-0001", "Fès")))))
                .as("a card that changed is another key").isEqualTo("<ul><li><a>Fès</a></li></ul>");

        String bilingual = "<p tu:keep=\"${'the same key'}\" th:text=\"${label}\">x</p>";
        assertThat(draw(bilingual, Locale.ENGLISH, Map.of("label", "The List"))).isEqualTo("<p>The List</p>");
        assertThat(draw(bilingual, Locale.FRENCH, Map.of("label", "La Liste"))).as("kept per language").isEqualTo("<p>La Liste</p>");
        assertThat(draw(bilingual, Locale.ENGLISH, Map.of("label", "ignored"))).isEqualTo("<p>The List</p>");
    }

    @Test
    void aNullKeyKeepsNothing() {
        String template = "<p tu:keep=\"${null}\" th:text=\"${name}\">x</p>";
        assertThat(draw(template, Locale.ENGLISH, Map.of("name", "one"))).isEqualTo("<p>one</p>");
        assertThat(draw(template, Locale.ENGLISH, Map.of("name", "two"))).isEqualTo("<p>two</p>");
    }

    @Test
    void aPartHoldingAFormsRequestTokenIsDrawnForEveryRequest() {
        String template = "<form method=\"post\" tu:keep=\"${'form'}\"><input type=\"hidden\" name=\"_csrf\" th:value=\"${token}\"></form>";
        assertThat(draw(template, Locale.ENGLISH, Map.of("token", "token-of-reader-one"))).contains("token-of-reader-one");
        assertThat(draw(template, Locale.ENGLISH, Map.of("token", "token-of-reader-two")))
                .as("one reader's token is never written for another").contains("token-of-reader-two").doesNotContain("reader-one");
    }

    @Test
    void whatAKeptPartShowsIsWrittenAsDrawnNeverEvaluatedAgain() {
        // a name typed by an editor that looks like an inlined expression stays text, first drawing or kept
        String template = "<div tu:keep=\"${'k'}\"><p th:text=\"${name}\">x</p><script th:inline=\"none\">var a = 1;</script></div>";
        Map<String, Object> variables = Map.of("name", "[[${secret}]] <b>bold</b>", "secret", "leaked");
        String first = draw(template, Locale.ENGLISH, variables);
        String kept = draw(template, Locale.ENGLISH, variables);
        assertThat(first).isEqualTo(kept).contains("[[${secret}]] &lt;b&gt;bold&lt;/b&gt;").doesNotContain("leaked");
    }

    @Test
    void theDialectsNamespaceIsNotWritten() {
        assertThat(draw("<html xmlns:tu=\"https://turath.org/kept-parts\" lang=\"ar\"><p tu:keep=\"${'k'}\">x</p></html>", Locale.ENGLISH, Map.of()))
                .isEqualTo("<html lang=\"ar\"><p>x</p></html>");
    }

    @Test
    void clearingForgetsEveryPart() {
        String template = "<p tu:keep=\"${'k'}\" th:text=\"${name}\">x</p>";
        draw(template, Locale.ENGLISH, Map.of("name", "before"));
        parts.on(new PageCache.Cleared());
        assertThat(draw(template, Locale.ENGLISH, Map.of("name", "after"))).isEqualTo("<p>after</p>");
    }
}
