package org.quanze.trail.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.quanze.authority.Action;
import org.quanze.shared.DomainException;
import org.quanze.trail.TrailCheckpoint;
import org.quanze.trail.TrailEvent;
import org.quanze.trail.TrailQuery;
import org.quanze.trail.TrailVerification;
import org.quanze.trail.internal.TrailCheckpoints;
import org.quanze.trail.internal.TrailService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The trail over JSON: events by filter, the chain verification, signed checkpoints and the export. */
@RestController
@RequestMapping("/api/v1/trail")
@Tag(name = "全程留痕 Trail")
class TrailApi {

    private final TrailService trail;
    private final TrailCheckpoints checkpoints;

    TrailApi(TrailService trail, TrailCheckpoints checkpoints) {
        this.trail = trail;
        this.checkpoints = checkpoints;
    }

    /** Events of the courts the reader may see, each as its module lets the reader see it; newest first. */
    @GetMapping
    List<TrailEvent> events(@RequestParam(required = false) String actor, @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "500") int limit) {
        if (from != null && to != null && to.isBefore(from)) throw TrailPages.reversed();
        return trail.findForReader(new TrailQuery(actor, caseNumber, action, from, to), Math.min(Math.max(limit, 1), 10_000));
    }

    /** {@code {"intact":…,"events":…,"firstBroken":…,"reason":…,"checkpoints":…,"contradicted":{…}}}. */
    @GetMapping("/verify")
    TrailVerification verify() {
        return trail.verifyForReader();
    }

    /** Signs the current head with the checkpoint key and answers the checkpoint. */
    @PostMapping("/checkpoints")
    ResponseEntity<TrailCheckpoint> sign() {
        trail.require(Action.SIGN_TRAIL_CHECKPOINT);
        return ResponseEntity.status(201).body(checkpoints.sign());
    }

    /** Every signed checkpoint, oldest first, as kept in the checkpoint file. */
    @GetMapping("/checkpoints")
    List<TrailCheckpoint> checkpoints() {
        trail.require(Action.VIEW_TRAIL);
        return checkpoints.all();
    }

    /** The public half of the checkpoint key (PEM). */
    @GetMapping(path = "/public-key", produces = "application/x-pem-file")
    String publicKey() {
        trail.require(Action.VIEW_TRAIL);
        return checkpoints.key().publicPem();
    }

    /**
     * The whole trail for verification outside the platform (ZIP: events, checkpoints, public key). A chain is only
     * verifiable whole, so only a reader whose scope covers every court may export it.
     */
    @GetMapping(path = "/export", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> export() {
        trail.require(Action.EXPORT_TRAIL);
        if (!trail.mayExportAll()) {
            throw new DomainException(403, "trail.export-scope", "导出全部留痕记录需要覆盖全部法院的查看范围");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("trail-export.zip").build().toString())
                .body(trail::export);
    }
}
