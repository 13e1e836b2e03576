package org.quanze.disclosure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.quanze.disclosure.PublicationChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 裁判文书公开检索 — the public full-text index of published judgments, Apache Lucene with its smartcn analyzer
 * (Chinese words by a hidden-Markov model over a dictionary of the People's Daily corpus: kept with Lucene, no native
 * code, no dictionary to maintain). Only the anonymised text of a document in state PUBLISHED is ever indexed;
 * a document that leaves that state (withdrawn) is deleted from the index right after the change commits, before the
 * request that withdrew it answers. The index lives under the data directory and is rebuilt from PostgreSQL at start,
 * so it can never hold what the database no longer publishes.
 */
@Component
public class PublicIndex {

    private static final Logger log = LoggerFactory.getLogger(PublicIndex.class);

    private final JdbcClient jdbc;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** A hit as the public sees it: the published particulars and a passage around the first match. */
    public record Hit(long id, String caseNumber, String court, String kind, String cause, LocalDate judgedOn, String snippet) {
    }

    public record Page(long total, List<Hit> hits) {
    }

    /** Filters: court name, document kind (JUDGMENT …), cause (案由) and year of judgment; null or blank = any. */
    public record Filters(String court, String kind, String cause, Integer year) {
    }

    PublicIndex(JdbcClient jdbc, @Value("${quanze.data-dir:./data}") String dataDir) throws IOException {
        this.jdbc = jdbc;
        Path dir = Path.of(dataDir, "disclosure-index");
        Files.createDirectories(dir);
        this.writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        this.writer.commit();
        this.searchers = new SearcherManager(writer, null);
    }

    /** Rebuilt from the database's published documents at start. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuild() throws IOException {
        writer.deleteAll();
        List<Long> ids = jdbc.sql("SELECT id FROM disclosure.judgment_document WHERE state = 'PUBLISHED'").query(Long.class).list();
        for (long id : ids) index(id);
        refresh();
        log.info("Public judgment index rebuilt: {} published documents", ids.size());
    }

    /** Right after a change commits: index a published document, remove any other. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PublicationChanged change) {
        try {
            index(change.documentId());
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @jakarta.annotation.PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }

    private void index(long id) throws IOException {
        Term key = new Term("id", Long.toString(id));
        var row = jdbc.sql("""
                SELECT id, case_number, court, kind, cause, judged_on, published_text FROM disclosure.judgment_document
                WHERE id = ? AND state = 'PUBLISHED'""").param(id)
                .query((rs, n) -> {
                    Document doc = new Document();
                    doc.add(new StringField("id", rs.getString("id"), Field.Store.YES));
                    doc.add(new StringField("caseNumber", rs.getString("case_number"), Field.Store.YES));
                    doc.add(new StringField("court", rs.getString("court"), Field.Store.YES));
                    doc.add(new StringField("kind", rs.getString("kind"), Field.Store.YES));
                    String cause = rs.getString("cause");
                    if (cause != null) doc.add(new StringField("cause", cause, Field.Store.YES));
                    LocalDate judged = rs.getObject("judged_on", LocalDate.class);
                    doc.add(new StringField("year", Integer.toString(judged.getYear()), Field.Store.NO));
                    doc.add(new StoredField("judgedOn", judged.toString()));
                    doc.add(new SortedDocValuesField("judgedOnSort", new BytesRef(judged.toString())));
                    doc.add(new TextField("text", rs.getString("published_text"), Field.Store.YES));
                    return doc;
                }).optional();
        if (row.isPresent()) writer.updateDocument(key, row.get());
        else writer.deleteDocuments(key);
    }

    private void refresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Full-text search: every word of {@code text} (smartcn's segmentation) must occur; newest judgments first when no words. */
    public Page search(String text, Filters filters, int page, int size) {
        Set<String> words = words(text);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String w : words) q.add(new TermQuery(new Term("text", w)), BooleanClause.Occur.MUST);
        filter(q, "court", filters.court());
        filter(q, "kind", filters.kind());
        filter(q, "cause", filters.cause());
        filter(q, "year", filters.year() == null ? null : filters.year().toString());
        Query query = words.isEmpty() ? withAll(q) : q.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = (page + 1) * size;
                TopDocs top = words.isEmpty()
                        ? searcher.search(query, wanted, new Sort(new SortField("judgedOnSort", SortField.Type.STRING, true)))
                        : searcher.search(query, wanted);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page * size; i < docs.length; i++) {
                    Document d = searcher.storedFields().document(docs[i].doc);
                    hits.add(new Hit(Long.parseLong(d.get("id")), d.get("caseNumber"), d.get("court"), d.get("kind"), d.get("cause"),
                            LocalDate.parse(d.get("judgedOn")), snippet(d.get("text"), words)));
                }
                return new Page(top.totalHits.value, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query withAll(BooleanQuery.Builder q) {
        q.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        return q.build();
    }

    private static void filter(BooleanQuery.Builder q, String field, String value) {
        if (value != null && !value.isBlank()) q.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
    }

    /** The words smartcn finds in the query (punctuation dropped). */
    Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) return out;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** About 120 characters around the first word found, else the document's opening. */
    private static String snippet(String text, Set<String> words) {
        int at = words.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), from + 120);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
