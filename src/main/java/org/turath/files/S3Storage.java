package org.turath.files;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Objects in a bucket of any S3-compatible store (AWS, MinIO, Ceph, Garage, S3Proxy…) through the AWS SDK v2: endpoint,
 * region, bucket, path-style access, credentials and a key prefix by configuration ({@link Settings}). Files stream in
 * and out, never held in memory; a file larger than {@code partSize} is sent in parts (multipart upload), and a part
 * that fails aborts the upload so no object, and no stray part, stays. Each object carries the SHA-256 of its content
 * ({@code x-amz-meta-sha256}), which moves between stores are verified by.
 * <p>
 * Checksums the newer SDKs add to every request by default are only sent where the S3 API requires them, as most
 * S3-compatible stores do not accept them otherwise.
 */
final class S3Storage implements Storage, AutoCloseable {

    static final String SHA256 = "sha256";

    /** Where the bucket is and how to reach it. {@code accessKey} blank: the SDK's usual chain (environment, profile, role). */
    record Settings(String endpoint, String region, String bucket, boolean pathStyle, String accessKey, String secretKey,
                    String prefix, long partSize, boolean createBucket) {
    }

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final long partSize;
    private final String where;

    S3Storage(Settings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("turath.storage.s3.bucket is not set");
        }
        AwsCredentialsProvider credentials = settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        var builder = S3Client.builder()
                .region(Region.of(settings.region() == null || settings.region().isBlank() ? "us-east-1" : settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.client = builder.build();
        this.bucket = settings.bucket();
        String p = settings.prefix() == null ? "" : settings.prefix().strip();
        this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
        // S3 takes parts of 5 MiB at least
        this.partSize = Math.max(5L << 20, settings.partSize());
        this.where = "s3 " + (settings.endpoint() == null || settings.endpoint().isBlank() ? "(AWS)" : settings.endpoint())
                + " bucket " + bucket + (prefix.isEmpty() ? "" : " under " + prefix);
        reachBucket(settings.createBucket());
    }

    /** Makes sure the bucket answers (made, when asked to), so a wrong setting stops the start with a clear message. */
    private void reachBucket(boolean create) {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            if (!create) {
                throw new IllegalStateException("The storage bucket does not exist: " + where, e);
            }
            client.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && create) {
                client.createBucket(b -> b.bucket(bucket));
            } else {
                throw new IllegalStateException("The storage bucket cannot be reached (" + e.statusCode() + "): " + where, e);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The storage cannot be reached: " + where + ": " + e.getMessage(), e);
        }
    }

    private String objectKey(String key) {
        return prefix + Storage.checked(key);
    }

    @Override
    public void put(String key, Path file) throws IOException {
        String objectKey = objectKey(key);
        long size = Files.size(file);
        try {
            if (size <= partSize) {
                // the store checks what it received against the MD5 (Content-MD5) and refuses a damaged copy
                String[] digests = digests(file, 0, size);
                client.putObject(r -> r.bucket(bucket).key(objectKey).contentLength(size).contentMD5(digests[1])
                        .metadata(Map.of(SHA256, digests[0])), RequestBody.fromFile(file));
            } else {
                putInParts(objectKey, file, size, Map.of(SHA256, Storage.sha256Of(file)));
            }
        } catch (RuntimeException e) {
            throw new IOException("Cannot store " + key + " in " + where + ": " + e.getMessage(), e);
        }
    }

    private void putInParts(String objectKey, Path file, long size, Map<String, String> metadata) {
        String uploadId = client.createMultipartUpload(r -> r.bucket(bucket).key(objectKey).metadata(metadata)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long sent = 0;
            for (int number = 1; sent < size; number++) {
                long offset = sent;
                long length = Math.min(partSize, size - sent);
                int partNumber = number;
                // each attempt reads the part from the file as it is sent: never a buffer of the whole part
                RequestBody body = RequestBody.fromContentProvider(() -> slice(file, offset, length), length, "application/octet-stream");
                String md5 = digests(file, offset, length)[1];
                String eTag = client.uploadPart(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(partNumber)
                        .contentLength(length).contentMD5(md5), body).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(eTag).build());
                sent += length;
            }
            client.completeMultipartUpload(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (RuntimeException e) {
            try {
                client.abortMultipartUpload(r -> r.bucket(bucket).key(objectKey).uploadId(uploadId));
            } catch (RuntimeException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    @Override
    public boolean get(String key, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(UUID.randomUUID() + ".part");
        try {
            client.getObject(r -> r.bucket(bucket).key(objectKey(key)), ResponseTransformer.toFile(partial));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Cannot read " + key + " from " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("Cannot read " + key + " from " + where + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Optional<HeadObjectResponse> head(String key) throws IOException {
        try {
            return Optional.of(client.headObject(r -> r.bucket(bucket).key(objectKey(key))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("Cannot look up " + key + " in " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("Cannot look up " + key + " in " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Stored> find(String key) throws IOException {
        return head(key).map(h -> new Stored(key, h.contentLength()));
    }

    @Override
    public Optional<String> sha256(String key) throws IOException {
        Optional<HeadObjectResponse> head = head(key);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String kept = head.get().metadata().get(SHA256);
        if (kept != null && kept.matches("[0-9a-f]{64}")) {
            return Optional.of(kept);
        }
        // an object put there by other means: its content read through
        try (InputStream in = client.getObject(r -> r.bucket(bucket).key(objectKey(key)))) {
            return Optional.of(Storage.sha256Of(in));
        } catch (RuntimeException e) {
            throw new IOException("Cannot read " + key + " from " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(r -> r.bucket(bucket).key(objectKey(key)));
        } catch (RuntimeException e) {
            throw new IOException("Cannot delete " + key + " from " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteUnder(String prefixKey) throws IOException {
        String under = objectKey(prefixKey) + "/";
        try {
            // one object at a time: every S3-compatible store has DeleteObject, not all a DeleteObjects that takes our requests
            for (S3Object object : client.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(under)).contents()) {
                // "directory/" entries some stores list (S3Proxy's filesystem backend) go with their files: deleting
                // one as an object is slow there, and the portal never writes any
                if (!object.key().endsWith("/")) {
                    client.deleteObject(r -> r.bucket(bucket).key(object.key()));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("Cannot delete " + prefixKey + " from " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Stream<Stored> all() {
        return client.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                .map(object -> new Stored(object.key().substring(prefix.length()), object.size()))
                .filter(stored -> Storage.isKey(stored.key()));
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        client.close();
    }

    /** The SHA-256 (hex) and MD5 (base64, as Content-MD5 has it) of {@code length} bytes of {@code file} from {@code offset}. */
    private static String[] digests(Path file, long offset, long length) {
        try (InputStream in = slice(file, offset, length)) {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, read);
                md5.update(buffer, 0, read);
            }
            return new String[] {java.util.HexFormat.of().formatHex(sha256.digest()), java.util.Base64.getEncoder().encodeToString(md5.digest())};
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code length} bytes of {@code file} from {@code offset}. */
    private static InputStream slice(Path file, long offset, long length) {
        try {
            var channel = Files.newByteChannel(file).position(offset);
            return new BoundedInputStream(java.nio.channels.Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
