package org.turath.registry;

import org.turath.shared.LocalizedText;

/** A criterion as pages and the API show it, e.g. key {@code UNESCO:iv}, code {@code iv}. */
public record CriterionInfo(String setCode, String code, String key, LocalizedText description) {
}
