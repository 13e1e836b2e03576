package org.quanze.disclosure.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quanze.disclosure.AnonymisationPolicy;

/**
 * {@code bin/mask-corpus}: anonymises every {@code raw/*.txt} of a corpus into {@code OUT/<policy>/} under both
 * policies, so the corpus scorer can compare them with the truth. No Spring, no database.
 */
public final class MaskCorpus {

    private MaskCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MaskCorpus CORPUS_DIR OUT_DIR");
            System.exit(2);
        }
        Path raw = Path.of(args[0], "raw");
        Path out = Path.of(args[1]);
        Anonymiser anonymiser = new Anonymiser(new HanLpNames());
        List<Path> files;
        try (Stream<Path> s = Files.list(raw)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (AnonymisationPolicy policy : AnonymisationPolicy.values()) {
            Path dir = Files.createDirectories(out.resolve(policy.code()));
            int spans = 0;
            for (Path f : files) {
                Anonymisation a = anonymiser.anonymise(Files.readString(f, StandardCharsets.UTF_8), policy, List.of());
                Files.writeString(dir.resolve(f.getFileName()), a.text(), StandardCharsets.UTF_8);
                spans += a.spans().size();
                if (System.getenv("MASK_CORPUS_LIST") != null) {
                    String input = Files.readString(f, StandardCharsets.UTF_8);
                    System.out.println(policy.code() + " " + f.getFileName() + " " + a.spans().stream()
                            .filter(x -> x.type() == SpanType.NAME || x.type() == SpanType.ORGANISATION)
                            .map(x -> input.substring(x.start(), x.end()) + "→" + x.replacement() + " " + x.rule())
                            .distinct().toList());
                }
            }
            System.out.printf("policy %s: %d documents, %d spans → %s%n", policy.code(), files.size(), spans, dir);
        }
    }
}
