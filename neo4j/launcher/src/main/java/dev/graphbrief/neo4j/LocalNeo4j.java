package dev.graphbrief.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * graphbrief's local Neo4j: a Community DBMS with the Bolt connector on 127.0.0.1.
 *
 * Configured by environment variables (set by neo4j/local-server.ts):
 *   GRAPHBRIEF_NEO4J_HOME      folder holding data, logs and the password marker (required)
 *   GRAPHBRIEF_NEO4J_PORT      Bolt port (default 7687)
 *   GRAPHBRIEF_NEO4J_PASSWORD  password of the "neo4j" user (required; never the default)
 *   GRAPHBRIEF_NEO4J_PAGECACHE page cache size (default 256m)
 *   GRAPHBRIEF_NEO4J_TX_TIMEOUT transaction timeout (default 60s)
 *   GRAPHBRIEF_NEO4J_TX_MEMORY  memory limit per transaction (default a third of the heap, at most 512m)
 *   GRAPHBRIEF_NEO4J_TX_TOTAL_MEMORY  memory limit of all transactions together (default 60% of the heap)
 *   GRAPHBRIEF_NEO4J_STOP_GRACE_MS  how long a user query may run on after its termination (default 2000)
 *   GRAPHBRIEF_NEO4J_HEAP_GUARD  heap share after collection above which a user query is stopped (default 0.6)
 *   GRAPHBRIEF_NEO4J_STDIN_LIFELINE  "true": stop when standard input closes, i.e. when the Node parent dies
 *
 * Prints "graphbrief-neo4j: ready bolt://127.0.0.1:PORT" on stdout once Bolt accepts connections and shuts the
 * DBMS down cleanly on SIGINT/SIGTERM. Exit codes: 1 bad configuration or start failure, 2 port already in use.
 */
public final class LocalNeo4j {
    private static final String PREFIX = "graphbrief-neo4j: ";
    private static final String LOOPBACK = "127.0.0.1";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        try {
            run();
        } catch (LauncherException e) {
            System.err.println(PREFIX + "error: " + e.getMessage());
            System.exit(e.exitCode);
        } catch (Exception e) {
            System.err.println(PREFIX + "error: Neo4j did not start: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Path home = Path.of(requiredEnv("GRAPHBRIEF_NEO4J_HOME")).toAbsolutePath();
        String password = requiredEnv("GRAPHBRIEF_NEO4J_PASSWORD");
        int port = parsePort(envOr("GRAPHBRIEF_NEO4J_PORT", "7687"));
        if (password.length() < 8 || password.equals("neo4j")) {
            throw new LauncherException(1, "GRAPHBRIEF_NEO4J_PASSWORD must have 8 characters or more and not be 'neo4j'");
        }
        Files.createDirectories(home);
        ensurePortFree(port);
        initialisePasswordIfNeeded(home, password);

        DatabaseManagementService dbms = start(home, port, true);
        RunawayQueryStopper.start(dbms, "neo4j",
                Long.parseLong(envOr("GRAPHBRIEF_NEO4J_STOP_GRACE_MS", "2000")),
                Double.parseDouble(envOr("GRAPHBRIEF_NEO4J_HEAP_GUARD", "0.6")));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(PREFIX + "shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "graphbrief-neo4j-shutdown"));
        if ("true".equals(System.getenv("GRAPHBRIEF_NEO4J_STDIN_LIFELINE"))) {
            watchStdinLifeline();
        }
        System.out.println(PREFIX + "ready bolt://" + LOOPBACK + ":" + port);
        System.out.flush();
        stopped.await();
    }

    private static DatabaseManagementService start(Path home, int port, boolean bolt) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.bolt.enabled", Boolean.toString(bolt));
        settings.put("server.bolt.listen_address", LOOPBACK + ":" + port);
        settings.put("server.bolt.advertised_address", LOOPBACK + ":" + port);
        settings.put("server.default_listen_address", LOOPBACK);
        settings.put("server.bolt.tls_level", "DISABLED");
        settings.put("dbms.security.auth_enabled", "true");
        settings.put("dbms.security.allow_csv_import_from_file_urls", "false");
        settings.put("server.memory.pagecache.size", envOr("GRAPHBRIEF_NEO4J_PAGECACHE", "256m"));
        settings.put("db.transaction.timeout", envOr("GRAPHBRIEF_NEO4J_TX_TIMEOUT", "60s"));
        // One query must not starve the heap: each transaction and all of them together have a budget below it,
        // so a runaway query ends with a memory-limit error instead of garbage-collecting the server to a halt.
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        settings.put("db.memory.transaction.max",
                envOr("GRAPHBRIEF_NEO4J_TX_MEMORY", Math.min(512, heapMb / 3) + "m"));
        settings.put("dbms.memory.transaction.total.max",
                envOr("GRAPHBRIEF_NEO4J_TX_TOTAL_MEMORY", (heapMb * 6 / 10) + "m"));
        settings.put("dbms.usage_report.enabled", "false");
        // Bolt waits 5 s per stage for clients by default; a local, single-user server can stop at once.
        settings.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
        settings.put("internal.server.bolt.connection_shutdown_wait_time", "1s");
        settings.put("server.directories.logs", home.resolve("logs").toString());
        return new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(writeConfig(home, settings)).build();
    }

    /** The effective settings, written where a user can read them (regenerated on every start). */
    private static Path writeConfig(Path home, Map<String, String> settings) throws IOException {
        StringBuilder text = new StringBuilder("# Generated by graphbrief's launcher on every start; edits are lost.\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path file = home.resolve("neo4j.conf");
        Files.writeString(file, text.toString());
        return file;
    }

    /**
     * The embedded DBMS creates the "neo4j" user with the default password. Before Bolt is ever opened, a first
     * start without Bolt sets the real password, so that no connection can see the default one. A marker holding a
     * digest of the password makes later starts skip this step (and redo it if the password file was replaced).
     */
    private static void initialisePasswordIfNeeded(Path home, String password) throws IOException {
        Path marker = home.resolve("password.sha256");
        String digest = sha256(password);
        if (Files.exists(marker) && Files.readString(marker).trim().equals(digest)) {
            return;
        }
        System.out.println(PREFIX + "setting the password of user neo4j");
        DatabaseManagementService dbms = start(home, 0, false);
        try {
            GraphDatabaseService system = dbms.database("system");
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } finally {
            dbms.shutdown();
        }
        Files.writeString(marker, digest + "\n");
    }

    /** A parent killed without a chance to stop us closes our stdin; shut down rather than linger as an orphan. */
    private static void watchStdinLifeline() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; reading only waits for the end of the stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as the end of the stream
            }
            System.exit(0);
        }, "graphbrief-neo4j-lifeline");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new LauncherException(2, "port " + port + " on " + LOOPBACK + " is already in use; "
                    + "stop what uses it or choose another port with GRAPHBRIEF_NEO4J_PORT");
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new LauncherException(1, "GRAPHBRIEF_NEO4J_PORT must be a port number, got '" + value + "'");
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new LauncherException(1, name + " is not set");
        }
        return value;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static final class LauncherException extends RuntimeException {
        private final int exitCode;

        LauncherException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
