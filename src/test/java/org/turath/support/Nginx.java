package org.turath.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of several nodes, as an operator would put it: round robin, a node
 * that refuses connections taken out and the request sent to the next, uploads passed through. Every answer says
 * which node gave it ({@code X-Upstream}), so a test can see the requests alternate. Its files live in a directory of
 * the test's.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** nginx on a free port of 127.0.0.1, balancing between the nodes on {@code nodePorts}; its files in {@code directory}. */
    public static Nginx roundRobin(Path directory, int... nodePorts) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx is needed in front of the nodes: apt-get install nginx-light (.ci/run installs it)");
        }
        Path home = Files.createDirectories(directory).toAbsolutePath();
        int port = freePort();
        String servers = Arrays.stream(nodePorts).mapToObj(node -> "    server 127.0.0.1:" + node + " max_fails=1 fail_timeout=60s;")
                .collect(Collectors.joining("\n"));
        // as root, the workers would otherwise run as nobody, who cannot write the temporary files here
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(home.resolve("nginx.conf"), user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 256; }
                http {
                  log_format upstream '$request $status via $upstream_addr ($upstream_status) $request_time s';
                  access_log %1$s/access.log upstream;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 100m;
                  upstream turath {
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://turath;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 2s;
                      proxy_next_upstream error timeout;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(home, servers, port));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", home.toString(), "-c", home.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(home.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!answers(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("nginx did not start: " + Files.readString(home.resolve("nginx.out")));
            }
            Thread.sleep(100);
        }
        return new Nginx(process, port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
