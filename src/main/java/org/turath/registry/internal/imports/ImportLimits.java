package org.turath.registry.internal.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one import may read, so a wrong or hostile file is refused before it costs
 * memory: {@code turath.import.max-file-size} and {@code turath.import.max-rows}.
 */
@ConfigurationProperties("turath.import")
record ImportLimits(DataSize maxFileSize, int maxRows, int batchSize) {

    ImportLimits {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(100);
        }
        if (maxRows <= 0) {
            maxRows = 200_000;
        }
        if (batchSize <= 0) {
            batchSize = 100;
        }
    }
}
