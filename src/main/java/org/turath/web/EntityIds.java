package org.turath.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.turath.shared.EntityId;

import java.lang.reflect.Constructor;
import java.util.UUID;

/** Converts a path variable or parameter to the typed id a handler asks for ({@code @PathVariable NominationFileId id}). */
final class EntityIds implements ConverterFactory<String, EntityId> {

    @Override
    public <T extends EntityId> Converter<String, T> getConverter(Class<T> type) {
        Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " is an id without a constructor from a UUID", e);
        }
        return text -> {
            UUID value = EntityId.parse(text.strip());
            try {
                return constructor.newInstance(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
