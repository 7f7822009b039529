package org.turath.collections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.turath.files.FileStore;
import org.turath.files.Storage;
import org.turath.support.opensearch.OnOpenSearch;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Museums' objects and their images again with the portal as a node of several: files in an S3 bucket (S3Proxy). An
 * image's tiles are all in the bucket once it is ready, and IIIF is answered from them by a node that never tiled it.
 */
@OnOpenSearch
class CollectionsOnS3Tests extends CollectionTests {

    @Autowired
    Storage storage;

    @Value("${turath.storage.dir}")
    Path storageDirectory;

    @Override
    void tiled(String image) throws Exception {
        Path tiles = storageDirectory.resolve("iiif").resolve(image);
        long local;
        try (var files = Files.walk(tiles)) {
            local = files.filter(Files::isRegularFile).count();
        }
        long inBucket;
        try (var all = storage.all()) {
            inBucket = all.filter(object -> object.key().startsWith("iiif/" + image + "/")).count();
        }
        assertThat(local).as("tiles written").isPositive();
        assertThat(inBucket).as("every tile in the bucket").isEqualTo(local);
        // the node that tiled it forgets them: every tile asked for is fetched from the bucket
        FileStore.deleteTree(tiles);
    }
}
