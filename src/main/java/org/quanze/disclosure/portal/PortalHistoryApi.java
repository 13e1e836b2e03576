package org.quanze.disclosure.portal;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import of a former portal's record (审判流程公开历史), beside the other imports. */
@RestController
class PortalHistoryApi {

    private final PortalHistoryImport history;

    PortalHistoryApi(PortalHistoryImport history) {
        this.history = history;
    }

    @Operation(summary = "导入审判流程公开历史记录（公开查询、查询、通知、开庭；UTF-8 CSV 或 .xlsx；全部成功或全部不保存，逐行指明错误；"
            + "文件即所列案件的历史，重复导入不重复计数）")
    @PostMapping(path = "/api/v1/imports/portal-events", consumes = {"text/csv", "text/plain", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    PortalHistoryImport.Result importHistory(@RequestBody byte[] body,
            @RequestParam(defaultValue = "portal-events.csv") String fileName) {
        return history.run(body, fileName);
    }

    @PostMapping(path = "/api/v1/imports/portal-events", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PortalHistoryImport.Result importHistoryForm(@RequestPart("file") MultipartFile file) throws IOException {
        return history.run(file.getBytes(), file.getOriginalFilename());
    }
}
