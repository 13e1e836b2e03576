package org.quanze.supervision.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.quanze.supervision.domain.InterferenceManner;
import org.quanze.supervision.domain.InterferenceOrigin;
import org.quanze.supervision.internal.InterferenceRecords;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The 干预司法记录 form as posted: the time is local (the court's zone); an unticked 防火墙 box is not posted at all,
 * hence the boxed Boolean. The rest is as the record has it.
 */
record InterferenceForm(String caseNumber, InterferenceOrigin origin, String intervenerName, String intervenerPost,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt, InterferenceManner manner,
        String request, String response, Boolean outsideChannel, Long correctsId) {

    InterferenceRecords.NewRecord toRecord(ZoneId zone) {
        return new InterferenceRecords.NewRecord(caseNumber, origin, intervenerName, intervenerPost,
                occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), manner, request, response,
                Boolean.TRUE.equals(outsideChannel),
                correctsId);
    }
}
