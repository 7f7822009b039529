package org.turath.nominations.internal;

import org.turath.nominations.NominationFileId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.nominations.NominationFixture;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationVersion;
import org.turath.shared.BusyException;
import org.turath.shared.Language;
import org.turath.files.FileStore;
import org.turath.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drawing dossiers waits its turn on a bounded pool: past the queue, a request is told the portal is busy. */
@IntegrationTest
class KeptDossiersTests {

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FileStore store;

    @Test
    void pastOneDrawingAndOneWaitingTheNextIsToldTheDrawingIsBusy() throws Exception {
        NominationFixture people = fixtures.getObject();
        NominationFileId id = people.completeDraft("Ksar of Long Queues " + UUID.randomUUID().toString().substring(0, 6));
        desk.submit(people.focalMorocco, id);
        NominationFile file = desk.open(people.focalMorocco, id).file();
        NominationVersion version = desk.version(people.focalMorocco, id, 1).orElseThrow();

        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DossierPdf slow = new DossierPdf(null, null) {
            @Override
            public byte[] render(NominationFile f, NominationVersion v, List<Figure> figures, Language language) {
                drawing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "%PDF-1.7 slow".getBytes();
            }
        };
        KeptDossiers dossiers = new KeptDossiers(slow, store, 1, 1);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            Future<?> first = readers.submit(() -> dossiers.dossier(file, version, List.of(), Language.AR));
            assertThat(drawing.await(10, TimeUnit.SECONDS)).isTrue();
            // the only drawing thread is busy: of the next two, one waits in the queue and one is refused at once
            List<Future<?>> next = new ArrayList<>();
            next.add(readers.submit(() -> dossiers.dossier(file, version, List.of(), Language.EN)));
            next.add(readers.submit(() -> dossiers.dossier(file, version, List.of(), Language.FR)));
            int busy = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (busy == 0 && System.nanoTime() < until) {
                for (Future<?> reader : next) {
                    if (reader.isDone()) {
                        try {
                            reader.get();
                        } catch (ExecutionException e) {
                            assertThat(e.getCause()).isInstanceOf(BusyException.class);
                            busy++;
                        }
                    }
                }
                Thread.sleep(20);
            }
            assertThat(busy).isEqualTo(1);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            int served = 0;
            for (Future<?> reader : next) {
                try {
                    reader.get(10, TimeUnit.SECONDS);
                    served++;
                } catch (ExecutionException refused) {
                    // the one told to come back
                }
            }
            assertThat(served).isEqualTo(1);
        } finally {
            release.countDown();
            readers.shutdownNow();
            dossiers.stop();
        }
    }
}
