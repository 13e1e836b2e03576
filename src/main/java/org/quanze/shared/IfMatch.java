package org.quanze.shared;

/**
 * The version a client read, sent back in {@code If-Match} with every change (RFC 9110 §13.1.1): a change without it
 * could silently overwrite someone else's (428), one with a stale version is refused by the module (409).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version in an {@code If-Match} header: {@code 3}, {@code "3"} or {@code W/"3"}. */
    public static int version(String header) {
        if (header == null || header.isBlank()) {
            throw new DomainException(428, "version.required", "请在 If-Match 中提供读取时的版本号（ETag），以免覆盖他人的修改");
        }
        try {
            return Integer.parseInt(header.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new DomainException(400, "version.invalid", "If-Match 应为版本号：" + header, header);
        }
    }
}
