package org.turath.nominations.web;

import org.turath.web.Trilingual;

import java.util.List;
import java.util.Map;

/**
 * What the commands' forms on a file's page post: each command reads the fields it needs
 * ({@code reason} to withdraw, {@code sectionComment[<section>]} and {@code summary} to return,
 * {@code text.ar/.en/.fr} for a decision…). Values are checked by the command's handling, which
 * refuses with a translated reason.
 */
record CommandForm(String reason, String summary, String comment, String until, String evaluators, String due,
                   String conflict, String declaration, List<String> criterion, String assessment, String recommendation,
                   String session, String version, String outcome, Trilingual text, Map<String, String> sectionComment) {
}
