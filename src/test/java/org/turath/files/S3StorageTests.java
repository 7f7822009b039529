package org.turath.files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.turath.support.s3.S3ProxyServer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files kept in a real S3 API server (S3Proxy, started by the suite), as a node of several keeps them: what one node
 * stores the other serves, large files go up in parts and come back whole, a damaged or half-moved installation is
 * moved again to the end, and the bucket holds nothing a failed or deleted file left.
 */
class S3StorageTests {

    private static S3Storage s3;
    private static final String BUCKET = "turath-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void bucket() {
        s3 = new S3Storage(settings(BUCKET, "node/", true));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    private static S3Storage.Settings settings(String bucket, String prefix, boolean create) {
        return new S3Storage.Settings(S3ProxyServer.endpoint(), "us-east-1", bucket, true, S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY, prefix, 5L << 20, create);
    }

    @Test
    void anObjectGoesInAndComesBackWithItsChecksumAndIsGoneOnceDeleted(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("in.txt"), "نص عربي — texte", StandardCharsets.UTF_8);
        s3.put("media/one.txt", file);

        assertThat(s3.find("media/one.txt")).contains(new Storage.Stored("media/one.txt", Files.size(file)));
        assertThat(s3.sha256("media/one.txt")).contains(Storage.sha256Of(file));
        Path back = dir.resolve("back/out.txt");
        assertThat(s3.get("media/one.txt", back)).isTrue();
        assertThat(Files.readString(back, StandardCharsets.UTF_8)).isEqualTo("نص عربي — texte");

        s3.delete("media/one.txt");
        assertThat(s3.find("media/one.txt")).isEmpty();
        Path none = dir.resolve("none.txt");
        assertThat(s3.get("media/one.txt", none)).isFalse();
        assertThat(none).doesNotExist();
        try (Stream<Path> left = Files.list(dir.resolve("back"))) {
            assertThat(left).as("no half-written file stays").containsExactly(back);
        }
    }

    @Test
    void aFileLargerThanAPartGoesUpInPartsAndComesBackWhole(@TempDir Path dir) throws IOException {
        byte[] content = new byte[12 * 1024 * 1024 + 123];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("large.bin"), content);
        s3.put("dumps/large.bin", file);

        assertThat(s3.find("dumps/large.bin").orElseThrow().size()).isEqualTo(content.length);
        Path back = dir.resolve("large-back.bin");
        s3.get("dumps/large.bin", back);
        assertThat(Storage.sha256Of(back)).isEqualTo(Storage.sha256Of(file));
        assertThat(s3.sha256("dumps/large.bin")).contains(Storage.sha256Of(file));
    }

    @Test
    void keysThatCouldLeaveTheirPlaceAreRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x"), "x");
        for (String key : List.of("../etc/passwd", "media/../../x", "media/.hidden", "Media/x", "media", "/media/x", "media//x")) {
            assertThatThrownBy(() -> s3.put(key, file)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aBucketThatIsNotThereStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new S3Storage(settings("no-such-bucket-" + UUID.randomUUID().toString().substring(0, 6), "", false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-bucket-");
    }

    @Test
    void whatOneNodeKeepsAnotherNodeServesAndDeletingRemovesItEverywhere(@TempDir Path one, @TempDir Path two) throws IOException {
        FileStore first = new FileStore(one, s3);
        FileStore second = new FileStore(two, s3);
        byte[] photo = "a photograph's bytes".getBytes(StandardCharsets.UTF_8);
        FileStore.Received received = first.receive(new ByteArrayInputStream(photo), "media", 1024);
        String name = first.keep(received, "media", "jpg");

        Path served = second.path("media", name);
        assertThat(served).as("the other node fetches it from the bucket").hasBinaryContent(photo);

        // an image's tiles, written on one node, are served tile by tile by the other
        UUID image = UUID.randomUUID();
        Path tile = first.tree("tiles", image).resolve("pyramid_files/0/0_0.jpg");
        Files.createDirectories(tile.getParent());
        Files.write(tile, photo);
        first.keptTree("tiles", image);
        Path remoteTile = second.tree("tiles", image).resolve("pyramid_files/0/0_0.jpg");
        assertThat(second.present(remoteTile)).hasBinaryContent(photo);

        second.delete("media", name);
        second.deleteTree("tiles", image);
        assertThat(s3.find("media/" + name)).isEmpty();
        assertThat(s3.find("tiles/" + image + "/pyramid_files/0/0_0.jpg")).isEmpty();
        assertThat(Files.exists(new FileStore(dir(two, "third"), s3).path("media", name))).as("gone for a third node too").isFalse();
    }

    @Test
    void anInstallationMovesFromDiskToS3AndBackVerifiedAndAnInterruptedMoveGoesOn(@TempDir Path disk, @TempDir Path back)
            throws IOException {
        DiskStorage source = new DiskStorage(disk);
        Path a = write(disk.resolve("media/" + UUID.randomUUID() + ".jpg"), "first");
        Path b = write(disk.resolve("library/" + UUID.randomUUID() + ".pdf"), "second");
        Path tile = write(disk.resolve("tiles/" + UUID.randomUUID() + "/pyramid_files/3/1_2.jpg"), "third");
        write(disk.resolve("media/" + UUID.randomUUID() + ".part"), "an upload being received: not moved");
        try (S3Storage target = new S3Storage(settings(BUCKET, "moved-" + UUID.randomUUID().toString().substring(0, 6), false))) {
            StorageMove.Report first = new StorageMove(source, target, back.resolve("scratch")).run(line -> { });
            assertThat(first.copied()).isEqualTo(3);
            assertThat(first.complete()).isTrue();
            for (Path file : List.of(a, b, tile)) {
                String key = disk.relativize(file).toString();
                assertThat(target.sha256(key)).as(key).contains(Storage.sha256Of(file));
            }

            // run again after an interruption: what is there is skipped; what differs is copied again
            Files.writeString(a, "first, changed since");
            StorageMove.Report again = new StorageMove(source, target, back.resolve("scratch")).run(line -> { });
            assertThat(again.copied()).isEqualTo(1);
            assertThat(again.skipped()).isEqualTo(2);

            // and back to a disk that has nothing
            StorageMove.Report home = new StorageMove(target, new DiskStorage(back.resolve("files")), back.resolve("scratch")).run(line -> { });
            assertThat(home.copied()).isEqualTo(3);
            for (Path file : List.of(a, b, tile)) {
                assertThat(back.resolve("files").resolve(disk.relativize(file))).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void theCommandRefusesAnUnknownTarget() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new StorageCommand(new org.springframework.mock.env.MockEnvironment(), null, Path.of("target", "unused"))
                .move(List.of("ftp"), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("storage-move --to=s3|disk");
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static Path dir(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }
    @Test
    void aNodesCopiesAreTrimmedToTheLimitThoseUsedLongestAgoFirstAndComeBackFromTheBucket(@TempDir Path dir) throws IOException {
        FileStore store = new FileStore(dir.resolve("cache"), s3);
        int megabyte = 1 << 20;
        Path[] copies = new Path[5];
        byte[][] contents = new byte[5][];
        Random random = new Random(11);
        for (int i = 0; i < copies.length; i++) {
            contents[i] = new byte[megabyte];
            random.nextBytes(contents[i]);
            FileStore.Received received = store.receive(new ByteArrayInputStream(contents[i]), "media", 2L * megabyte);
            copies[i] = dir.resolve("cache/media").resolve(store.keep(received, "media", "bin"));
            // written hours ago, the first longest ago
            Files.setLastModifiedTime(copies[i], java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(10 - i))));
        }
        store.present(copies[1]);   // the second is read now

        assertThat(store.trimCache(6L * megabyte, Duration.ofHours(1))).as("under the limit").isZero();
        long freed = store.trimCache(7L * megabyte / 2, Duration.ofHours(1));

        assertThat(freed).isEqualTo(3L * megabyte);
        assertThat(Stream.of(copies).filter(Files::exists)).as("the one just read, and the newest").containsExactly(copies[1], copies[4]);
        for (int i = 0; i < copies.length; i++) {
            assertThat(Files.readAllBytes(store.present(copies[i]))).as("copy %d, from the bucket when trimmed", i).isEqualTo(contents[i]);
        }
        FileStore onDisk = new FileStore(dir.resolve("disk"), new DiskStorage(dir.resolve("disk")));
        onDisk.keep(onDisk.receive(new ByteArrayInputStream(contents[0]), "media", 2L * megabyte), "media", "bin");
        assertThat(onDisk.trimCache(1, Duration.ZERO)).as("files on disk are the store itself, never trimmed").isZero();
    }
}
