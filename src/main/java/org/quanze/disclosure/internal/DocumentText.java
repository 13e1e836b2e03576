package org.quanze.disclosure.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.quanze.shared.DomainException;

/** The text of an uploaded document: a Word .docx read with Apache POI, or UTF-8 plain text. */
public final class DocumentText {

    private DocumentText() {
    }

    public static String read(String fileName, byte[] bytes) {
        boolean docx = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                || bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        if (docx) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                return extractor.getText().strip();
            } catch (IOException | RuntimeException unreadable) {
                throw unreadable();
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "").strip();
        } catch (CharacterCodingException notUtf8) {
            throw unreadable();
        }
    }

    private static DomainException unreadable() {
        return new DomainException(422, "disclosure.unreadable", "文件无法读取：请上传 .docx 或 UTF-8 文本文件",
                List.of(DomainException.FieldError.of("file", ".docx | UTF-8 text")));
    }
}
