package org.turath.learning.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.turath.learning.internal.TrainingDesk;
import org.turath.learning.internal.TrainingPagesFamily;
import org.turath.web.HomeSection;

import java.util.Optional;

/** The next three trainings and activities on the home page. */
@Configuration(proxyBeanMethods = false)
class ComingTrainings {

    @Bean
    HomeSection comingTrainingsOnHome(TrainingDesk desk, TrainingPagesFamily pages) {
        return HomeSection.of(20, "learning/home-trainings", pages::current, language -> desk.upcoming(Optional.empty(), 3).items());
    }
}
