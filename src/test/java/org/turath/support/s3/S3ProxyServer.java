package org.turath.support.s3;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server for the suite: S3Proxy (from Maven Central, copied whole into {@code target/s3proxy} by the
 * build) on its filesystem backend, in a JVM of its own — it brings Jetty 11, which the portal's classpath must not
 * meet. Started on first use on a free port, with AWS v2/v4 signatures checked against the suite's credentials; it
 * ends when the suite's JVM ends (it reads its standard input until that closes). Data under {@code target/}.
 */
public final class S3ProxyServer {

    public static final String ACCESS_KEY = "turath-suite";
    public static final String SECRET_KEY = "turath-suite-secret";
    private static Process process;
    private static int port;

    private S3ProxyServer() {
    }

    /** The server's address, {@code http://127.0.0.1:PORT}, once it answers. */
    public static synchronized String endpoint() {
        if (process == null || !process.isAlive()) {
            start();
        }
        return "http://127.0.0.1:" + port;
    }

    private static void start() {
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar").toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("S3Proxy is not in " + jar.getParent().getFileName()
                        + ": the build copies it there (maven-dependency-plugin, process-test-resources)");
            }
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path base = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "s3proxy-");
            Path data = Files.createDirectories(base.resolve("data"));
            Path properties = base.resolve("s3proxy.conf");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data) + "\n");
            Path classes = Path.of(S3ProxyServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(javaCommand, "-Xmx256m", "-cp", classes + java.io.File.pathSeparator + jar,
                    S3ProxyServer.class.getName(), properties.toString());
            Path log = base.resolve("s3proxy.log");
            Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!answers(port)) {
                if (!started.isAlive() || System.nanoTime() > deadline) {
                    started.destroyForcibly();
                    throw new IllegalStateException("S3Proxy did not start; its log:\n" + Files.readString(log));
                }
                Thread.sleep(100);
            }
            process = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.destroy();
                try {
                    started.waitFor(10, TimeUnit.SECONDS);
                    org.turath.files.FileStore.deleteTree(base);
                } catch (IOException | InterruptedException e) {
                    // the suite is ending: target/ is the build's to clean
                }
            }));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("S3Proxy could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server's own JVM (S3Proxy's classpath, nothing of the portal's): runs until its standard input closes. */
    public static void main(String[] arguments) throws Exception {
        Thread watch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // the suite's JVM holds the other end
                }
            } catch (IOException e) {
                // closed
            }
            System.exit(0);
        }, "suite-watch");
        watch.setDaemon(true);
        watch.start();
        Class.forName("org.gaul.s3proxy.Main").getMethod("main", String[].class)
                .invoke(null, (Object) new String[] {"--properties", arguments[0]});
        watch.join();
    }
}
