package org.turath.library.web;

import org.springframework.stereotype.Component;
import org.turath.library.domain.NewsArticle;
import org.turath.library.internal.NewsDesk;
import org.turath.shared.Language;
import org.turath.web.HomeSection;

import java.util.List;
import java.util.Optional;

/** The latest news on the home page. */
@Component
class LatestNews implements HomeSection {

    private final NewsDesk news;
    private final org.turath.library.internal.LibraryPages pages;

    LatestNews(NewsDesk news, org.turath.library.internal.LibraryPages pages) {
        this.news = news;
        this.pages = pages;
    }

    @Override
    public String stamp() {
        return pages.current();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "library/home-news";
    }

    @Override
    public Optional<Object> content(Language language) {
        List<NewsArticle> latest = news.latest(3);
        return latest.isEmpty() ? Optional.empty() : Optional.of(latest);
    }
}
