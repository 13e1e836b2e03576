package org.quanze.platform;

import java.nio.file.Path;

/**
 * Starts the embedded server on the directory given and keeps it running, as the application does: the test kills
 * this JVM with SIGKILL to leave an orphaned PostgreSQL behind, as a killed application would.
 */
public final class OrphanedServer {

    private OrphanedServer() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
        System.out.println("STARTED " + database.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
