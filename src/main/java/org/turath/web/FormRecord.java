package org.turath.web;

import java.lang.reflect.RecordComponent;

/**
 * A form bound to a record (Spring MVC binds each posted field to the component of its name, a
 * {@link Trilingual} component from {@code <name>.ar/.en/.fr}). A refused form is shown again from
 * the record: templates read what was typed with {@code form.get('name')} or {@code form.get('name.ar')},
 * as they do from an empty map for a new form.
 */
public interface FormRecord {

    /** The value typed in the field {@code name} ({@code component} or {@code component.lang}), or null. */
    default String get(String name) {
        int dot = name.indexOf('.');
        String component = dot < 0 ? name : name.substring(0, dot);
        for (RecordComponent part : getClass().getRecordComponents()) {
            if (!part.getName().equals(component)) {
                continue;
            }
            Object value;
            try {
                java.lang.reflect.Method accessor = part.getAccessor();
                // form records are usually package-private, beside their controller
                accessor.setAccessible(true);
                value = accessor.invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Trilingual text && dot > 0) {
                return org.turath.shared.Language.fromTag(name.substring(dot + 1)).map(text::in).orElse(null);
            }
            return value == null || dot > 0 ? null : String.valueOf(value);
        }
        return null;
    }
}
