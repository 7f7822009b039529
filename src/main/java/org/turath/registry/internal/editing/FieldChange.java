package org.turath.registry.internal.editing;

/**
 * One field that differs between two versions of an item. {@code field} is a message key suffix
 * ({@code admin.field.<field>}); when {@code valueKey} is set, values are message key suffixes too
 * ({@code <valueKey>.<value>}), e.g. a kind or a status, so they read in the reader's language.
 */
public record FieldChange(String field, String before, String after, String valueKey) {
}
