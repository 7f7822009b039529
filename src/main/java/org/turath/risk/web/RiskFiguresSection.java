package org.turath.risk.web;

import org.springframework.stereotype.Component;
import org.turath.risk.Vocabulary;
import org.turath.risk.internal.RiskFigures;
import org.turath.shared.Language;
import org.turath.web.FiguresSection;

import java.util.Map;
import java.util.Optional;

/** Heritage at risk on the "In figures" page: the same figures as its own page, after the List's. */
@Component
class RiskFiguresSection implements FiguresSection {

    /** What the fragment draws. */
    record View(RiskFigures.Figures figures, Map<String, String> factorNames, Map<String, String> conditions) {
    }

    private final RiskFigures figures;
    private final RiskViews views;

    RiskFiguresSection(RiskFigures figures, RiskViews views) {
        this.figures = figures;
        this.views = views;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "risk/figures";
    }

    @Override
    public Optional<Object> content(Language language) {
        RiskFigures.Figures now = figures.figures();
        if (now.reports() == 0) {
            return Optional.empty();
        }
        return Optional.of(new View(now, views.primaryFactors(language), views.options(Vocabulary.CONDITION, language)));
    }
}
