package org.turath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own — its own cluster in a temporary directory, on its own port — for a
 * test that stops and starts the database under a running portal (the suite's shared server is not the
 * test's to stop). Made with the server's own {@code initdb} and {@code pg_ctl}; as root they run as the
 * {@code postgres} system user, as PostgreSQL refuses to run as root.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path binaries;
    private final Path home;
    private final int port;
    private boolean running;

    private PrivatePostgres(Path binaries, Path home, int port) {
        this.binaries = binaries;
        this.home = home;
        this.port = port;
    }

    /** The directory of the newest installed server's programs, if this machine has one. */
    public static Optional<Path> serverPrograms() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparing(bin -> versionOf(bin.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(Path::of).filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    /** Makes a new cluster and starts it. */
    public static PrivatePostgres start(Path binaries) {
        try {
            Path home = Files.createTempDirectory("turath-pg-");
            PrivatePostgres postgres = new PrivatePostgres(binaries, home, freePort());
            if (asRoot()) {
                UserPrincipal owner = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(home, owner);
            }
            postgres.run(List.of(binaries.resolve("initdb").toString(), "-D", home.resolve("data").toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            postgres.start();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", home.resolve("data").toString(), "-l", home.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
        running = true;
    }

    /** Stops the server as an operator would ("fast": open connections are ended, nothing is lost). */
    public void stop() {
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", home.resolve("data").toString(), "-w", "-t", "60", "-m", "fast", "stop"));
        running = false;
    }

    @Override
    public void close() {
        try {
            if (running) {
                stop();
            }
        } finally {
            try {
                org.springframework.util.FileSystemUtils.deleteRecursively(home);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLog() {
        try {
            Path log = home.resolve("server.log");
            return Files.exists(log) ? "\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
