package org.turath.files;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code storage-move --to=s3} copies every file of the storage directory into the S3 bucket of
 * {@code turath.storage.s3.*}; {@code storage-move --to=disk} brings the bucket's back into the storage directory. Each
 * object is verified by its SHA-256; one already there with the same checksum is skipped, so the command is run again
 * after an interruption and goes on. Nothing is deleted from the source. Exit status 0 when every object is in the
 * target, 1 when some failed (listed), 2 on wrong usage.
 */
@Component
@Order(5)
class StorageCommand implements ApplicationRunner {

    static final String NAME = "storage-move";

    private final Environment environment;
    private final ApplicationContext context;
    private final Path directory;

    StorageCommand(Environment environment, ApplicationContext context, @Value("${turath.storage.dir:./data/files}") Path directory) {
        this.environment = environment;
        this.context = context;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !NAME.equals(words.get(0))) {
            return;
        }
        int status = move(args.getOptionValues("to"), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    int move(List<String> to, PrintStream out) throws IOException {
        if (to == null || to.size() != 1 || !List.of("s3", "disk").contains(to.get(0))) {
            out.println("Usage: storage-move --to=s3|disk  (the bucket from turath.storage.s3.*, the directory from turath.storage.dir)");
            return 2;
        }
        DiskStorage disk = new DiskStorage(directory);
        Path scratch = Files.createTempDirectory("turath-storage-move");
        try (S3Storage s3 = new S3Storage(StorageConfiguration.s3(environment))) {
            boolean toS3 = "s3".equals(to.get(0));
            Storage from = toS3 ? disk : s3;
            Storage target = toS3 ? s3 : disk;
            out.println("Copying every file from " + from.describe() + " to " + target.describe());
            StorageMove.Report report = new StorageMove(from, target, scratch).run(out::println);
            out.printf("%d copied (%d bytes), %d already there, %d failed%n", report.copied(), report.bytes(), report.skipped(),
                    report.failedCount());
            report.failed().forEach(failure -> out.println("  failed: " + failure));
            if (report.complete()) {
                out.println("Every file is in " + target.describe() + ". Set turath.storage.type=" + to.get(0)
                        + " on every node; the source is left as it was.");
                return 0;
            }
            out.println("Run the command again: what is there already is skipped.");
            return 1;
        } finally {
            FileStore.deleteTree(scratch);
        }
    }
}
