package org.turath.nominations;

import org.turath.nominations.NominationFileId;
import org.turath.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.nominations.domain.Attachment;
import org.turath.nominations.internal.NominationDesk;
import org.turath.shared.NotFoundException;
import org.turath.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents of a nomination file under hostile input: the type comes from the content, oversized
 * uploads are cut off while streaming, and nothing refused stays on disk.
 */
@IntegrationTest
class AttachmentTests {

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${turath.storage.dir}")
    Path storage;

    NominationFixture people;
    NominationFileId file;

    @BeforeEach
    void setUp() {
        people = fixtures.getObject();
        file = people.completeDraft("Ksar of Documents " + UUID.randomUUID());
    }

    @Test
    void aHugeUploadIsRefusedWhileStreamingAndLeavesNothingBehind() throws IOException {
        long before = storedFiles();
        // 2 GB that never exist in memory at once
        InputStream twoGigabytes = new InputStream() {
            long left = 2L * 1024 * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) '%');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> people.documents.attach(people.focalMorocco, file, Attachment.Kind.MANAGEMENT_PLAN, twoGigabytes, "plan.pdf", null, false))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("attachment-too-large"));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(people.documents.attachments(people.focalMorocco, file)).hasSize(1);
    }

    @Test
    void executablesZipBombsAndTruncatedFilesAreRefusedWhateverTheirName() throws IOException {
        long before = storedFiles();
        byte[] executable = "MZ\u0090\u0000\u0003 not a plan".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (byte[] content : new byte[][]{executable, elf, zipBomb(), new byte[0], "<html><script>alert(1)</script></html>".getBytes()}) {
            assertThatThrownBy(() -> people.documents.attach(people.focalMorocco, file, Attachment.Kind.MANAGEMENT_PLAN,
                    new ByteArrayInputStream(content), "plan.pdf", null, false))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("attachment-type"));
        }
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aPhotographNeedsItsRightsReleaseAndAPathInItsNameIsOnlyAName() throws IOException {
        assertThatThrownBy(() -> people.documents.attach(people.focalMorocco, file, Attachment.Kind.PHOTO,
                new ByteArrayInputStream(NominationFixture.png()), "gate.png", null, false))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("rights-release"));
        UUID id = people.documents.attach(people.focalMorocco, file, Attachment.Kind.PHOTO, new ByteArrayInputStream(NominationFixture.png()),
                "../../etc/passwd\u202Egnp.png", "Bab", true);
        Attachment photo = people.documents.attachments(people.focalMorocco, file).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        assertThat(photo.shownName()).doesNotContain("/").doesNotContain("\u202E");
        assertThat(people.documents.download(people.focalMorocco, file, id).path()).startsWith(storage.toAbsolutePath().normalize());
        assertThatThrownBy(() -> people.documents.download(people.focalEgypt, file, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void documentsAreFrozenWithTheSubmittedVersionAndCannotChangeAfterwards() throws IOException {
        desk.submit(people.focalMorocco, file);
        assertThat(desk.version(people.secretariat, file, 1).orElseThrow().texts()).containsKey("attachments.001");
        assertThatThrownBy(() -> people.documents.attach(people.focalMorocco, file, Attachment.Kind.OTHER,
                new ByteArrayInputStream(NominationFixture.png()), "late.png", null, false))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("not-editable"));
    }

    private long storedFiles() throws IOException {
        Path area = storage.resolve("nominations");
        if (!Files.isDirectory(area)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(area)) {
            return files.count();
        }
    }

    /** A small zip that inflates to 100 MB of zeros. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("plan.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
