package org.turath.library.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.library.PublicationKind;
import org.turath.library.domain.NewsArticle;
import org.turath.library.domain.NewsArticles;
import org.turath.library.domain.Publication;
import org.turath.library.domain.Publications;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.documents.PdfRenderer;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo's library and news (profile {@code demo}, on a first start): an Arabic guide with its PDF, two articles (one scheduled). */
@Component
@Profile("demo")
@Order(41)
class DemoLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);
    private static final Actor DEMO = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());

    private final LibraryDesk library;
    private final NewsDesk news;
    private final Publications publications;
    private final NewsArticles articles;
    private final PdfRenderer pdfs;

    DemoLibrary(LibraryDesk library, NewsDesk news, Publications publications, NewsArticles articles,
                PdfRenderer pdfs) {
        this.library = library;
        this.news = news;
        this.publications = publications;
        this.articles = articles;
        this.pdfs = pdfs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || publications.count() > 0 || articles.count() > 0) {
            return;
        }
        byte[] guide = pdfs.render("library/pdf/demo-guide", Language.AR, Map.of());
        library.create(DEMO, new Publication.Details(PublicationKind.GUIDE,
                new LocalizedText("دليل حماية التراث في أوقات الأزمات", "Protecting heritage in times of crisis: a guide",
                        "Guide de protection du patrimoine en temps de crise"),
                new org.turath.shared.RichText("<p>دليل عملي للتوثيق والإخلاء والحماية الطارئة.</p>", "<p>A practical guide to documentation, evacuation and emergency protection.</p>",
                        "<p>Un guide pratique de documentation, d’évacuation et de protection d’urgence.</p>"),
                "Turath (demo)", 2025, Language.AR, "crises; armed conflict; disasters", null, null, List.of(), true),
                new ByteArrayInputStream(guide), "guide-crises-ar.pdf");
        Instant now = Instant.now();
        news.create(DEMO, new NewsArticle.Draft(
                new LocalizedText("انطلاق أسبوع التراث في العالم الإسلامي", "The Week of Heritage in the Islamic World begins",
                        "Ouverture de la Semaine du patrimoine dans le monde islamique"),
                new LocalizedText("فعاليات في الدول الأعضاء طوال الأسبوع.", "Events across the member states all week.",
                        "Des manifestations dans les États membres toute la semaine."),
                new org.turath.shared.RichText("<p>نص تجريبي.</p>", "<p>A demonstration article.</p>", "<p>Un article de démonstration.</p>"),
                LocalizedText.empty(), List.of("heritage week"), List.of(), now.minus(Duration.ofDays(1)), true), null);
        news.create(DEMO, new NewsArticle.Draft(
                new LocalizedText("خبر مبرمج", "A scheduled article", "Un article programmé"), LocalizedText.empty(),
                org.turath.shared.RichText.empty(), LocalizedText.empty(), List.of(), List.of(), now.plus(Duration.ofDays(7)), true), null);
        log.info("Demo library and news created");
    }
}
