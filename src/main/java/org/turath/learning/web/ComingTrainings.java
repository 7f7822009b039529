package org.turath.learning.web;

import org.springframework.stereotype.Component;
import org.turath.learning.domain.Activity;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.Language;
import org.turath.web.HomeSection;

import java.util.List;
import java.util.Optional;

/** The next trainings and activities on the home page. */
@Component
class ComingTrainings implements HomeSection {

    private final TrainingDesk desk;
    private final org.turath.learning.internal.TrainingPagesFamily pages;

    ComingTrainings(TrainingDesk desk, org.turath.learning.internal.TrainingPagesFamily pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @Override
    public String stamp() {
        return pages.current();
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "learning/home-trainings";
    }

    @Override
    public Optional<Object> content(Language language) {
        List<Activity> next = desk.upcoming(Optional.empty(), 3).items();
        return next.isEmpty() ? Optional.empty() : Optional.of(next);
    }
}
