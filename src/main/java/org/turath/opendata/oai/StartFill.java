package org.turath.opendata.oai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.shared.Slice;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * At start, in the background, the records of one kind the harvestable copy lacks — records made public before their
 * kind was harvested, or rendered by an older version — are written a page at a time, each page in its transaction:
 * the portal answers meanwhile, and a failure is logged and tried again at the next start.
 */
@Component
class StartFill {

    private static final Logger log = LoggerFactory.getLogger(StartFill.class);
    private static final int PAGE = 200;

    private final OpenRecords records;
    private final TransactionTemplate transactions;
    private final TaskExecutor background;

    StartFill(OpenRecords records, TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.records = records;
        this.transactions = transactions;
        this.background = background;
    }

    /** Unless the copy holds as many live records of {@code type} as {@code count} says, writes every one {@code pages} gives. */
    <T> void fill(String type, LongSupplier count, BiFunction<Optional<String>, Integer, Slice<T>> pages, Consumer<T> put) {
        background.execute(() -> {
            try {
                if (records.live(type, RecordXml.FORMAT_VERSION) == count.getAsLong()) {
                    return;
                }
                long started = System.nanoTime();
                Optional<String> after = Optional.empty();
                int written = 0;
                do {
                    Optional<String> from = after;
                    Slice<T> page = transactions.execute(status -> {
                        Slice<T> read = pages.apply(from, PAGE);
                        read.items().forEach(put);
                        return read;
                    });
                    written += page.items().size();
                    after = page.nextCursor();
                } while (after.isPresent());
                // bench/oai.sh reads "<type> records written in <n>"
                log.info("Open data: {} {} records written in {} ms", written, type, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Open data: the harvestable {} records could not be written at start; they will be at the next", type, e);
            }
        });
    }
}
