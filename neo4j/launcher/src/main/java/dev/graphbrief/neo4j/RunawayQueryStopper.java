package dev.graphbrief.neo4j;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.api.net.TrackedNetworkConnection;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Stops user queries that Neo4j has told to stop but that do not notice.
 *
 * Neo4j ends a transaction that passed its timeout, or was terminated, only where the query looks for it (between
 * rows, on reads from the store). One long expression never looks: a reduce over a huge range, a list
 * comprehension building millions of strings, a regular expression that backtracks run on regardless, and the
 * values they build are not counted against the memory limits, so one of them can fill the heap and halt the
 * whole server. This watchdog, every 200 ms:
 *  - stops the thread of a user query whose transaction was marked for termination more than a grace period ago
 *    and still runs Cypher;
 *  - while garbage collections leave the heap fuller than a limit, marks the longest-running user query that
 *    was already running when that began as out of memory and stops it at once.
 *
 * Only transactions whose metadata names them as user queries ({@code app: graphbrief-user-query}, set by the
 * API for the editor and saved queries, always READ mode) are ever touched: the loader and the app's own reads
 * are left to Neo4j. Thread.stop is unsafe in general because it can leave shared state half-changed; a read-only
 * query that is computing a value holds no locks and changes nothing shared, and its transaction is rolled back
 * when its connection ends. Java 21 no longer stops threads: there only the marks remain (logged once).
 */
final class RunawayQueryStopper {
    static final String USER_QUERY_KEY = "app";
    static final String USER_QUERY_VALUE = "graphbrief-user-query";
    private static final String PREFIX = "graphbrief-neo4j: ";
    private static final long PERIOD_MS = 200;

    private final KernelTransactions transactions;
    private final NetworkConnectionTracker connections;
    private final long graceNanos;
    private final double heapLimit;
    private final long maxHeap = Runtime.getRuntime().maxMemory();
    /** When collections began to leave the heap over the limit (System.nanoTime), or 0 while they do not. */
    private final AtomicLong heapHighSince = new AtomicLong();
    private final AtomicBoolean stopUnsupported = new AtomicBoolean();

    private RunawayQueryStopper(
            KernelTransactions transactions, NetworkConnectionTracker connections, long graceMs, double heapLimit) {
        this.transactions = transactions;
        this.connections = connections;
        this.graceNanos = graceMs * 1_000_000L;
        this.heapLimit = heapLimit;
    }

    /** Starts the watchdog for the default database; never throws (a failure is logged and the server runs on). */
    static void start(DatabaseManagementService dbms, String database, long graceMs, double heapLimit) {
        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(database);
            KernelTransactions transactions = db.getDependencyResolver().resolveDependency(KernelTransactions.class);
            NetworkConnectionTracker connections =
                    db.getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
            RunawayQueryStopper stopper = new RunawayQueryStopper(transactions, connections, graceMs, heapLimit);
            stopper.listenToCollections();
            Thread thread = new Thread(stopper::loop, "graphbrief-runaway-query-stopper");
            thread.setDaemon(true);
            thread.start();
        } catch (RuntimeException e) {
            System.err.println(PREFIX + "runaway-query watchdog not started: " + e);
        }
    }

    private void listenToCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(collector instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) used += usage.getUsed();
                if (used <= maxHeap * heapLimit) heapHighSince.set(0);
                else heapHighSince.compareAndSet(0, System.nanoTime());
            }, null, null);
        }
    }

    private void loop() {
        for (;;) {
            try {
                Thread.sleep(PERIOD_MS);
                check();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println(PREFIX + "runaway-query watchdog: " + e);
            }
        }
    }

    private void check() {
        long now = System.nanoTime();
        long highSince = heapHighSince.get();
        if (highSince != 0) {
            // Only a query that was already running when the heap filled can have filled it; the garbage of one
            // stopped earlier stays counted until the old generation is collected, and must not stop the next.
            transactions.executingTransactions().stream()
                    .filter(RunawayQueryStopper::isUserQuery)
                    .filter(handle -> handle.terminationMark().isEmpty())
                    .filter(handle -> handle.startTimeNanos() < highSince)
                    .min(Comparator.comparingLong(KernelTransactionHandle::startTimeNanos))
                    .ifPresent(handle -> {
                        handle.markForTermination(Status.General.MemoryPoolOutOfMemoryError);
                        System.err.println(PREFIX + "heap over " + Math.round(heapLimit * 100)
                                + "% after collection: stopping the longest-running user query");
                        stopThread(handle);
                    });
        }
        for (KernelTransactionHandle handle : transactions.executingTransactions()) {
            if (!isUserQuery(handle)) continue;
            Optional<Long> markedAt = handle.terminationMark().map(mark -> mark.getTimestampNanos());
            if (markedAt.isPresent() && now - markedAt.get() > graceNanos) stopThread(handle);
        }
    }

    private static boolean isUserQuery(KernelTransactionHandle handle) {
        Map<String, Object> metaData = handle.getMetaData();
        return metaData != null && USER_QUERY_VALUE.equals(metaData.get(USER_QUERY_KEY));
    }

    /**
     * Closes the query's connection, then stops the thread running the transaction's query, if it is inside
     * Cypher's runtime right now: the stopped thread never answers, and the client would otherwise wait minutes.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stopThread(KernelTransactionHandle handle) {
        if (stopUnsupported.get()) return;
        Optional<ExecutingQuery> query = handle.executingQuery();
        if (query.isEmpty()) return;
        String threadName = query.get().threadExecutingTheQueryName();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (!thread.getName().equals(threadName) || !inCypherRuntime(entry.getValue())) continue;
            try {
                // The connection is closed first: a thread stopped while its connection is open answers the
                // client with an unknown database error, which would hide that the query itself was stopped.
                handle.clientInfo()
                        .map(info -> connections.get(info.connectionId()))
                        .ifPresent(TrackedNetworkConnection::close);
                thread.stop();
                System.err.println(PREFIX + "stopped a user query that ignored its termination after "
                        + query.get().elapsedMillis() + " ms");
            } catch (UnsupportedOperationException e) {
                stopUnsupported.set(true);
                System.err.println(PREFIX + "this Java cannot stop threads; runaway expressions run to their end");
            }
            return;
        }
    }

    private static boolean inCypherRuntime(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.neo4j.cypher.internal.")) return true;
        }
        return false;
    }
}
