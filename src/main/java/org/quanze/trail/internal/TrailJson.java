package org.quanze.trail.internal;

import java.util.List;
import org.quanze.trail.TrailCheckpoint;
import org.quanze.trail.TrailEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events and checkpoints outside the database (the checkpoint file and the export), written and
 * read by the same plain mapper so the offline verifier reads exactly what the application wrote (times as ISO-8601).
 */
final class TrailJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TrailJson() {
    }

    static String line(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static TrailCheckpoint checkpoint(String line) {
        return MAPPER.readValue(line, TrailCheckpoint.class);
    }

    static TrailEvent event(String line) {
        return MAPPER.readValue(line, TrailEvent.class);
    }

    static List<TrailCheckpoint> checkpoints(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).map(TrailJson::checkpoint).toList();
    }
}
