package org.quanze.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quanze.disclosure.domain.DocumentKind;
import org.quanze.disclosure.domain.JudgmentDocument;
import org.quanze.disclosure.domain.MaskSpan;
import org.quanze.disclosure.domain.NonPublicationReason;
import org.quanze.disclosure.domain.PublicationStep;
import org.quanze.disclosure.domain.SpanType;
import org.quanze.disclosure.internal.DocumentText;
import org.quanze.disclosure.internal.Publications;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.quanze.shared.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of judgment publication (裁判文书上网): documents attached to cases, their anonymised preview, and the
 * publication verbs. A change sends the version it read in {@code If-Match} (428 without, 409 when stale); a refusal is
 * problem+json naming the rule (P-xx, 法释〔2016〕19号 article) and the field.
 */
@RestController
@RequestMapping("/api/v1/disclosure/documents")
@Tag(name = "裁判文书上网 Judgment publication")
class DocumentApi {

    private final Publications publications;

    DocumentApi(Publications publications) {
        this.publications = publications;
    }

    record Attachment(String caseNumber, String kind, String effectiveOn, String text, String fileName) {}
    record NewVersion(String text, String fileName) {}
    record ConfirmedSpan(Integer start, Integer end, String type, String replacement, String rule) {}
    record Publication(Integer documentVersion, List<ConfirmedSpan> spans, String reason) {}
    record Withholding(String reason, String writtenReasons) {}
    record Note(String note) {}
    record Reason(String reason) {}
    record Version(int number, String fileName, String attachedBy, String attachedAt, int length) {}
    record Step(String action, String by, String at, String state, String reason) {}
    record Document(long id, String caseNumber, String court, String kind, String judgedOn, String effectiveOn, String dueOn,
            String state, boolean overdue, String reason, String writtenReasons, String notice, Integer confirmedVersion,
            String publishedText, List<Version> versions, List<Step> steps, int version) {}
    record Span(int start, int end, String type, String replacement, String rule) {}
    record Preview(long documentId, int documentVersion, String policy, String original, String text, List<Span> spans) {}

    @Operation(summary = "附上结案案件的生效裁判文书（JSON 正文）")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Document> attach(@RequestBody Attachment body) {
        List<FieldError> errors = new ArrayList<>();
        DocumentKind kind = kind(body.kind(), errors);
        LocalDate effectiveOn = date(body.effectiveOn(), errors);
        if (body.caseNumber() == null || body.caseNumber().isBlank()) errors.add(FieldError.of("caseNumber", "请填写案号"));
        if (!errors.isEmpty()) throw invalid(errors);
        long id = publications.attach(body.caseNumber().strip(), kind, effectiveOn, body.text(), body.fileName());
        return ResponseEntity.status(HttpStatus.CREATED).body(withTag(id).getBody());
    }

    @Operation(summary = "附上生效裁判文书（上传 .docx 或 .txt 文件）")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Document> attachFile(@RequestParam String caseNumber, @RequestParam String kind, @RequestParam String effectiveOn,
            @RequestPart("file") MultipartFile file) throws IOException {
        String text = DocumentText.read(file.getOriginalFilename(), file.getBytes());
        return attach(new Attachment(caseNumber, kind, effectiveOn, text, file.getOriginalFilename()));
    }

    @GetMapping
    List<Document> ofCase(@RequestParam String caseNumber) {
        return publications.ofCase(caseNumber).stream().map(d -> json(d, List.of(), false)).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<Document> get(@PathVariable long id) {
        return withTag(id);
    }

    @Operation(summary = "待本人审批的不公开申请（第四条第（五）项，第十二条）")
    @GetMapping("/awaiting-approval")
    List<Document> awaitingApproval() {
        return publications.awaitingApproval().stream().map(d -> json(d, List.of(), false)).toList();
    }

    @Operation(summary = "最新版本按配置的屏蔽规则预览：每处改动及其依据")
    @GetMapping("/{id}/preview")
    Preview preview(@PathVariable long id) {
        Publications.Preview p = publications.preview(id);
        return new Preview(id, p.documentVersion(), p.policy().code(), p.original(), p.anonymisation().text(),
                p.anonymisation().spans().stream().map(s -> new Span(s.start(), s.end(), s.type().code(), s.replacement(), s.rule())).toList());
    }

    @PostMapping("/{id}/versions")
    ResponseEntity<Document> addVersion(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody NewVersion body) {
        publications.addVersion(id, IfMatch.version(ifMatch), body.text(), body.fileName());
        return withTag(id);
    }

    @Operation(summary = "确认屏蔽并公开（撤回后重新公开须说明理由）")
    @PostMapping("/{id}/publication")
    ResponseEntity<Document> publish(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Publication body) {
        int version = IfMatch.version(ifMatch);
        List<FieldError> errors = new ArrayList<>();
        if (body.documentVersion() == null) errors.add(FieldError.of("documentVersion", "请注明预览的文书版本"));
        List<MaskSpan> spans = spans(body.spans(), errors);
        if (!errors.isEmpty()) throw invalid(errors);
        publications.publish(id, version, body.documentVersion(), spans, body.reason());
        return withTag(id);
    }

    @Operation(summary = "提出不公开（第四条），「其他情形」须书面理由并经院长审批")
    @PostMapping("/{id}/withholding")
    ResponseEntity<Document> withhold(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Withholding body) {
        int version = IfMatch.version(ifMatch);
        NonPublicationReason reason = null;
        if (body.reason() != null && !body.reason().isBlank()) {
            try {
                reason = NonPublicationReason.valueOf(body.reason().strip());
            } catch (IllegalArgumentException unknown) {
                throw invalid(List.of(FieldError.of("reason", String.join(" | ", Arrays.stream(NonPublicationReason.values()).map(Enum::name).toList()))));
            }
        }
        publications.withhold(id, version, reason, body.writtenReasons());
        return withTag(id);
    }

    @Operation(summary = "批准不公开（第十二条）")
    @PostMapping("/{id}/withholding/approval")
    ResponseEntity<Document> approve(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        publications.approve(id, IfMatch.version(ifMatch));
        return withTag(id);
    }

    @Operation(summary = "不批准不公开，退回承办法官")
    @PostMapping("/{id}/withholding/rejection")
    ResponseEntity<Document> reject(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) Note body) {
        publications.reject(id, IfMatch.version(ifMatch), body == null ? null : body.note());
        return withTag(id);
    }

    @Operation(summary = "撤回已公开的文书（第十六条），须说明理由")
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Document> withdraw(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Reason body) {
        publications.withdraw(id, IfMatch.version(ifMatch), body.reason());
        return withTag(id);
    }

    private ResponseEntity<Document> withTag(long id) {
        Publications.DocumentDetail detail = publications.get(id);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + detail.document().version() + "\"")
                .body(json(detail.document(), detail.steps(), detail.overdue()));
    }

    static Document json(JudgmentDocument d, List<PublicationStep> steps, boolean overdue) {
        return new Document(d.id(), d.caseNumber(), d.court(), d.kind().name(), str(d.judgedOn()), str(d.effectiveOn()),
                str(d.dueOn()), d.state().name(), overdue, d.reason() == null ? null : d.reason().name(), d.writtenReasons(),
                d.notice(), d.confirmedVersion(), d.publishedText(),
                d.versions().stream().map(v -> new Version(v.number(), v.fileName(), v.attachedByName(), v.attachedAt().toString(),
                        v.text().length())).toList(),
                steps.stream().map(s -> new Step(s.action().name(), s.byName(), s.at().toString(), s.state().name(), s.reason())).toList(),
                d.version());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static DocumentKind kind(String code, List<FieldError> errors) {
        try {
            return code == null ? null : DocumentKind.valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(FieldError.of("kind", String.join(" | ", Arrays.stream(DocumentKind.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            errors.add(FieldError.of("effectiveOn", "yyyy-MM-dd"));
            return null;
        }
    }

    private static List<MaskSpan> spans(List<ConfirmedSpan> given, List<FieldError> errors) {
        List<MaskSpan> out = new ArrayList<>();
        for (int i = 0; given != null && i < given.size(); i++) {
            ConfirmedSpan s = given.get(i);
            SpanType type = s == null || s.type() == null ? null
                    : Arrays.stream(SpanType.values()).filter(t -> t.code().equals(s.type())).findFirst().orElse(null);
            if (s == null || s.start() == null || s.end() == null || s.start() < 0 || s.end() <= s.start()) {
                errors.add(FieldError.of("spans[" + i + "].end", "start < end"));
            } else if (type == null) {
                errors.add(FieldError.of("spans[" + i + "].type", "unknown type"));
            } else {
                out.add(new MaskSpan(s.start(), s.end(), type, s.replacement() == null ? "" : s.replacement(),
                        s.rule() == null || s.rule().isBlank() ? "confirmed" : s.rule()));
            }
        }
        return out;
    }

    private static DomainException invalid(List<FieldError> errors) {
        return new DomainException(422, "disclosure.invalid", "请求有误：" + errors.get(0).field(), errors, errors.get(0).field());
    }
}
