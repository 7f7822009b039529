package org.turath.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A Turath process of its own, as production runs it, for fault tests that kill it: a database made for the test on the
 * suite's PostgreSQL server (dropped after), and the real command line in a separate JVM with the suite's class path.
 */
public final class SeparateNode implements AutoCloseable {

    private final String serverUrl;
    private final String database;

    private SeparateNode(String serverUrl, String database) {
        this.serverUrl = serverUrl;
        this.database = database;
    }

    /** A fresh database named after {@code purpose} and this JVM. */
    public static SeparateNode withOwnDatabase(String purpose) throws Exception {
        String testUrl = System.getProperty("turath.test.db.url", "jdbc:postgresql://127.0.0.1:5432/turath_test");
        SeparateNode node = new SeparateNode(testUrl.substring(0, testUrl.lastIndexOf('/') + 1),
                "turath_" + purpose + "_" + ProcessHandle.current().pid());
        try (Connection admin = node.connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + node.database);
            sql.execute("create database " + node.database + " encoding 'UTF8' template template0");
        }
        return node;
    }

    /**
     * Starts {@code org.turath.TurathApplication} with the test profile (unless the arguments name the profiles) on this
     * database, output and errors together.
     */
    public Process start(String... arguments) throws Exception {
        return process(arguments).start();
    }

    /** As {@link #start}, its output and errors written to {@code log}. */
    public Process start(Path log, String... arguments) throws Exception {
        return process(arguments).redirectOutput(log.toFile()).start();
    }

    private ProcessBuilder process(String... arguments) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "-Dturath.test.db.url=" + serverUrl + database, "org.turath.TurathApplication"));
        // a command's name comes first (TurathApplication reads it from the first argument)
        command.addAll(List.of(arguments));
        if (command.stream().noneMatch(argument -> argument.startsWith("--spring.profiles.active="))) {
            command.add("--spring.profiles.active=test");
        }
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The first column of the first row {@code query} answers, as a number. */
    public long count(String query) throws Exception {
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
        }
    }

    private Connection connect(String name) throws Exception {
        return DriverManager.getConnection(serverUrl + name, System.getenv().getOrDefault("TURATH_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("TURATH_TEST_DB_PASSWORD", ""));
    }
}
