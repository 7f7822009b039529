package org.turath.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;

/**
 * Parts of pages drawn once and written again as they were: the part of a page that is the same for everyone who
 * sees it (an item's record, a card of the List) while the rest (the header with the reader's account, a form's
 * token) is drawn for every request. Where the page cache keeps whole pages for visitors, kept parts also serve
 * signed-in readers, query strings and the first visit on a node.
 * <p>
 * A template marks an element with the attribute {@code tu:keep}, whose expression gives the part's key. The key must
 * name everything the element's content depends on besides the template itself and the page's language (which every
 * key is kept with): the record and a stamp that changes when the record (or anything the part shows) changes, as the
 * modules' page stamps do — or the value the part shows, when it is an immutable record compared by value (a card of
 * the List). A key that evaluates to {@code null} keeps nothing, and the element is drawn as usual. On an element
 * with {@code th:each}, the loop is kept whole; to keep each entry, put {@code tu:keep} on the element inside. The
 * first drawing of a key is kept (bounded by {@code turath.kept-parts.max-size}, 16 MB) and written unchanged for the
 * same key in the same place of the same template until {@code turath.kept-parts.refresh-after} (10 minutes) has
 * passed — for what no stamp covers — or the page cache is cleared ({@link PageCache.Cleared}, when the database
 * changed behind the application's back).
 * <p>
 * A part that contains a form's request token belongs to one reader: it is drawn every time and never kept (and the
 * log says which template asked). Hits and misses are counted in the meter {@code turath.kept.parts}.
 */
@Component
public class KeptParts extends AbstractProcessorDialect {

    private static final Logger log = LoggerFactory.getLogger(KeptParts.class);

    /** The dialect's prefix: {@code tu:keep}. */
    public static final String PREFIX = "tu";

    /** The local variable that carries a kept part from the element to the marker that writes it. */
    private static final String KEPT = "turath.keptPart";

    /** What a form's request token looks like in a drawn part (Spring Security's hidden field). */
    private static final String REQUEST_TOKEN = "name=\"_csrf\"";

    /**
     * Where a part is kept: the element's place in its template, the language it was drawn in (its messages) and the
     * key its template gave — compared by value, so a key is a string or an immutable value (a record of strings,
     * numbers, enums and lists of them).
     */
    private record Place(String template, int line, int col, java.util.Locale locale, Object key) {
    }

    private final Cache<Place, String> parts;
    private final Counter hits;
    private final Counter misses;

    KeptParts(@Value("${turath.kept-parts.max-size:16MB}") DataSize maxSize,
              @Value("${turath.kept-parts.refresh-after:10m}") Duration refreshAfter,
              ObjectProvider<MeterRegistry> meters) {
        // before the standard dialect (1000): an element's other attributes are part of what is kept
        super("Turath kept parts", PREFIX, 100);
        this.parts = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                // the key's own size is not known: a card's record, a stamp's string — a few hundred bytes at most
                .weigher((Place place, String html) -> 2 * html.length() + 512)
                .expireAfterWrite(refreshAfter)
                .build();
        MeterRegistry registry = meters.getIfAvailable(CompositeMeterRegistry::new);
        this.hits = Counter.builder("turath.kept.parts").tag("result", "hit").register(registry);
        this.misses = Counter.builder("turath.kept.parts").tag("result", "miss").register(registry);
    }

    @EventListener
    void on(PageCache.Cleared cleared) {
        parts.invalidateAll();
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        // xmlns:tu on a template's root is for editors; it is not written
        return Set.of(new Keep(dialectPrefix), new Kept(dialectPrefix),
                new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
    }

    /** {@code tu:keep}: the element's drawing, kept under its key, or drawn now and kept. */
    private final class Keep extends AbstractAttributeModelProcessor {

        Keep(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "keep", true, 100, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
                                 String attributeValue, IElementModelStructureHandler structureHandler) {
            IProcessableElementTag element = (IProcessableElementTag) model.get(0);
            Object key = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            model.replace(0, context.getModelFactory().removeAttribute(element, attributeName));
            if (key == null) {
                return;
            }
            Place place = new Place(element.getTemplateName(), element.getLine(), element.getCol(), context.getLocale(), key);
            String html = parts.getIfPresent(place);
            if (html != null) {
                hits.increment();
            } else {
                misses.increment();
                html = draw(context, model, element);
                if (html.contains(REQUEST_TOKEN)) {
                    log.warn("Not kept: a part of {} (line {}) holds a form's request token", element.getTemplateName(),
                            element.getLine());
                } else {
                    parts.put(place, html);
                }
            }
            model.reset();
            model.add(context.getModelFactory().createStandaloneElementTag(PREFIX + ":kept"));
            structureHandler.setLocalVariable(KEPT, html);
        }

        /** Draws the element (without {@code tu:keep}) in the current context, as it would have been drawn in place. */
        private String draw(ITemplateContext context, IModel model, IProcessableElementTag element) {
            StringWriter source = new StringWriter();
            try {
                model.write(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var templates = context.getConfiguration().getTemplateManager();
            // parsed once per distinct source: the element's markup is the same for every key
            TemplateModel parsed = templates.parseString(context.getTemplateData(), source.toString(),
                    element.getLine(), element.getCol(), TemplateMode.HTML, true);
            StringWriter drawn = new StringWriter(4096);
            templates.process(parsed, context, drawn);
            return drawn.toString();
        }
    }

    /** {@code <tu:kept/>}: writes the part its element left, unescaped and not processed again. */
    private static final class Kept extends AbstractElementTagProcessor {

        Kept(String prefix) {
            super(TemplateMode.HTML, prefix, "kept", true, null, false, 1000);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
                                 IElementTagStructureHandler structureHandler) {
            Object html = context.getVariable(KEPT);
            structureHandler.replaceWith(html == null ? "" : html.toString(), false);
        }
    }
}
