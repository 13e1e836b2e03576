package org.quanze.disclosure.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.quanze.disclosure.AnonymisationPolicy;
import org.quanze.disclosure.domain.Anonymisation;
import org.quanze.disclosure.domain.Anonymiser;
import org.quanze.disclosure.domain.KnownParty;
import org.quanze.shared.DomainException;
import org.quanze.shared.DomainException.FieldError;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of judgment publication. Anonymising a text reads and writes nothing of the platform's data (the text
 * and the parties come with the request), so any signed-in user may call it; it changes nothing and writes no trail.
 */
@RestController
@RequestMapping("/api/v1/disclosure")
@Tag(name = "裁判文书公开 Disclosure")
class DisclosureApi {

    /** Far above the longest judgment (a few hundred thousand characters); protects the server from misuse. */
    static final int MAX_TEXT = 500_000;

    private final Anonymiser anonymiser;

    DisclosureApi(Anonymiser anonymiser) { this.anonymiser = anonymiser; }

    record Party(String name, String role, String kind) {}
    record Request(String text, String policy, List<Party> parties) {}
    record Span(int start, int end, String type, String replacement, String rule) {}
    record Answer(String text, List<Span> spans) {}

    /** 屏蔽: the anonymised text and every change with offsets into the input (法释〔2016〕19号 第8–11条). */
    @PostMapping("/anonymise")
    Answer anonymise(@RequestBody Request body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.text() == null || body.text().isBlank()) {
            errors.add(FieldError.of("text", "请填写文书内容"));
        } else if (body.text().length() > MAX_TEXT) {
            errors.add(FieldError.of("text", "too long"));
        }
        AnonymisationPolicy policy = null;
        try {
            policy = AnonymisationPolicy.ofCode(body.policy());
        } catch (IllegalArgumentException unknown) {
            errors.add(FieldError.of("policy", "2016 | all"));
        }
        List<KnownParty> parties = new ArrayList<>();
        List<Party> given = body.parties() == null ? List.of() : body.parties();
        for (int i = 0; i < given.size(); i++) {
            Party p = given.get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.add(FieldError.of("parties[" + i + "].name", "请填写当事人姓名或名称"));
            } else if (p.kind() != null && !p.kind().equals("person") && !p.kind().equals("organisation")) {
                errors.add(FieldError.of("parties[" + i + "].kind", "person | organisation"));
            } else {
                parties.add(new KnownParty(p.name().strip(), p.role(), "organisation".equals(p.kind())));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(400, "disclosure.invalid", "请求有误：" + errors.get(0).field(), errors,
                    errors.get(0).field());
        }
        Anonymisation a = anonymiser.anonymise(body.text(), policy, parties);
        return new Answer(a.text(), a.spans().stream()
                .map(s -> new Span(s.start(), s.end(), s.type().code(), s.replacement(), s.rule())).toList());
    }
}
