package org.turath.library.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.turath.library.internal.LibraryPages;
import org.turath.library.internal.NewsDesk;
import org.turath.web.HomeSection;

/** The latest three news articles on the home page. */
@Configuration(proxyBeanMethods = false)
class LatestNews {

    @Bean
    HomeSection latestNewsOnHome(NewsDesk news, LibraryPages pages) {
        return HomeSection.of(10, "library/home-news", pages::current, language -> news.latest(3));
    }
}
