package org.turath.collections.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.collections.CollectionsApi;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.CollectionObjects;
import org.turath.collections.domain.ObjectImage;

import java.util.Optional;

/** The collections as other modules read them. */
@Service
@Transactional(readOnly = true)
class CollectionDirectory implements CollectionsApi {

    private final CollectionObjects objects;
    private final ImageDesk images;

    CollectionDirectory(CollectionObjects objects, ImageDesk images) {
        this.objects = objects;
        this.images = images;
    }

    @Override
    public boolean exists(String reference) {
        return objects.findByReference(reference).isPresent();
    }

    @Override
    public Optional<ShownObject> shown(String reference) {
        return objects.findByReference(reference).filter(CollectionObject::published).map(object -> new ShownObject(object.reference(),
                object.title(), object.objectType(), object.museumId(), object.demonstration(), object.rightToLeft(),
                images.of(Optional.empty(), object.id()).stream().filter(i -> i.status() == ObjectImage.Status.READY)
                        .map(i -> new ShownImage(i.id(), i.width(), i.height(), i.credit(), i.licence().uri(), i.alt())).toList()));
    }
}
