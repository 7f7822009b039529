package org.turath.files;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The store files are kept in, by {@code turath.storage.type}: {@code disk} (the default: {@code turath.storage.dir})
 * or {@code s3} ({@code turath.storage.s3.*}: endpoint, region, bucket, path-style, access-key, secret-key, prefix,
 * part-size, create-bucket).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    Storage storage(@Value("${turath.storage.type:disk}") String type, @Value("${turath.storage.dir:./data/files}") Path directory,
                    Environment environment) {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "disk" -> new DiskStorage(directory);
            case "s3" -> new S3Storage(s3(environment));
            default -> throw new IllegalStateException("turath.storage.type must be disk or s3, not " + type);
        };
    }

    /** The S3 settings, whichever store is in use (the move command reaches the bucket from a node still on disk). */
    static S3Storage.Settings s3(Environment environment) {
        return new S3Storage.Settings(
                environment.getProperty("turath.storage.s3.endpoint", ""),
                environment.getProperty("turath.storage.s3.region", "us-east-1"),
                environment.getProperty("turath.storage.s3.bucket", ""),
                environment.getProperty("turath.storage.s3.path-style", Boolean.class, true),
                environment.getProperty("turath.storage.s3.access-key", ""),
                environment.getProperty("turath.storage.s3.secret-key", ""),
                environment.getProperty("turath.storage.s3.prefix", ""),
                environment.getProperty("turath.storage.s3.part-size", DataSize.class, DataSize.ofMegabytes(16)).toBytes(),
                environment.getProperty("turath.storage.s3.create-bucket", Boolean.class, false));
    }
}
