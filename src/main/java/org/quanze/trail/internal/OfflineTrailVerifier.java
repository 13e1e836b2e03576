package org.quanze.trail.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.quanze.trail.TrailVerification;

/**
 * 离线校验 — checks an exported trail on a machine that has nothing of the platform but its jar:
 * {@code java -jar quanze.jar verify-trail trail-export.zip trail-public-key.pem}. The public key must come from a
 * channel the database administrator does not control (the key the supervision office was handed), never from the
 * export itself. Exit status 0 when intact, 1 when not, 2 when the files cannot be read.
 */
public final class OfflineTrailVerifier {

    static final String COMMAND = org.quanze.trail.TrailOfflineCheck.COMMAND;
    static final String EVENTS = "events.jsonl";
    static final String CHECKPOINTS = "checkpoints.jsonl";
    static final String PUBLIC_KEY = "trail-public-key.pem";

    private OfflineTrailVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: java -jar quanze.jar " + COMMAND + " <trail-export.zip> <trail-public-key.pem>");
            return 2;
        }
        try {
            TrailVerification result = verify(Path.of(args[0]), TrailKey.readPublic(Files.readString(Path.of(args[1]))));
            out.println(describe(result));
            return result.intact() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }

    static TrailVerification verify(Path export, PublicKey key) throws IOException {
        try (ZipFile zip = new ZipFile(export.toFile(), StandardCharsets.UTF_8)) {
            TrailChain chain = TrailChain.against(TrailJson.checkpoints(lines(zip, CHECKPOINTS)), key);
            try (BufferedReader events = reader(zip, EVENTS)) {
                for (String line = events.readLine(); line != null; line = events.readLine()) {
                    if (!line.isBlank()) chain.accept(TrailJson.event(line));
                }
            }
            return chain.result();
        }
    }

    static String describe(TrailVerification v) {
        if (v.intact()) {
            return "INTACT: " + v.events() + " events, " + v.checkpoints() + " signed checkpoints verified";
        }
        StringBuilder text = new StringBuilder("NOT INTACT (" + v.reason() + "): " + v.events() + " events");
        if (v.firstBroken() != null) text.append("; first broken event seq ").append(v.firstBroken());
        if (v.contradicted() != null) {
            text.append("; contradicted checkpoint signed ").append(v.contradicted().signedAt()).append(" covering ")
                    .append(v.contradicted().count()).append(" events up to seq ").append(v.contradicted().seq())
                    .append(" (head ").append(v.contradicted().headHash()).append(')');
        }
        return text.toString();
    }

    private static List<String> lines(ZipFile zip, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = reader(zip, name)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
        }
        return lines;
    }

    private static BufferedReader reader(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) throw new IOException("the export has no " + name);
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
    }
}
