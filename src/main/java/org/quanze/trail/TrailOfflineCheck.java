package org.quanze.trail;

import java.io.PrintStream;
import org.quanze.trail.internal.OfflineTrailVerifier;

/**
 * The command {@code java -jar quanze.jar verify-trail <trail-export.zip> <trail-public-key.pem>}: checks an exported
 * trail against its signed checkpoints without a server or a database (see {@link OfflineTrailVerifier}).
 */
public final class TrailOfflineCheck {

    public static final String COMMAND = "verify-trail";

    private TrailOfflineCheck() {
    }

    /** Exit status: 0 intact, 1 not intact, 2 the files cannot be read. */
    public static int run(String[] args, PrintStream out) {
        return OfflineTrailVerifier.run(args, out);
    }
}
