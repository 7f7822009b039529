package org.turath.registry;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.turath.support.opensearch.OnOpenSearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images of heritage items again with the portal as a node of several: files in an S3 bucket (S3Proxy), the node's
 * storage directory only its cache. What a refused upload leaves is counted in the bucket too.
 */
@OnOpenSearch
class MediaOnS3Tests extends MediaTests {

    @Test
    void anImageIsInTheBucketAndServedFromItByANodeThatNeverHadIt() throws Exception {
        byte[] png = png(300, 200);
        upload(secretariat, new MockMultipartFile("file", "gate.png", "image/png", png), Map.of());
        String stored = jdbc.queryForObject("select stored_name from heritage_media where item_id = (select id from heritage_item"
                + " where reference = ?)", String.class, reference);
        String id = jdbc.queryForObject("select cast(id as varchar) from heritage_media where stored_name = ?", String.class, stored);
        assertThat(storage.find("media/" + stored)).as("in the bucket").isPresent();
        assertThat(storage.sha256("media/" + stored)).contains(org.turath.files.Storage.sha256Of(new java.io.ByteArrayInputStream(png)));

        // another node's cache has nothing of it: this one forgets its copy
        Files.delete(storageDirectory.resolve("media").resolve(stored));
        publish();
        MockHttpServletResponse served = mvc.perform(MockMvcRequestBuilders.get("/media/" + id)).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentAsByteArray()).isEqualTo(png);
        assertThat(Path.of(storageDirectory.toString(), "media", stored)).as("kept in the cache once fetched").exists();
    }
}
