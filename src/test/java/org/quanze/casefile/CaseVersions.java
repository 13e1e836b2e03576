package org.quanze.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quanze.Http;
import org.quanze.QuanzeIntegrationTest;

/** The version a client sends as {@code If-Match}, read from the case as the API answers it (never a literal). */
final class CaseVersions {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private CaseVersions() {
    }

    /** The case's current version, as {@code GET /api/v1/cases/{案号}} answers it to the administrator. */
    static String current(Http http, String caseNumber) {
        Http.Response r = http.get("/api/v1/cases/" + Http.encode(caseNumber), "admin", QuanzeIntegrationTest.ADMIN_PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Matcher m = VERSION.matcher(r.body());
        assertThat(m.find()).as("the case answers its version: " + r.body()).isTrue();
        return m.group(1);
    }
}
