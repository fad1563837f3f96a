package vn.gov.khcn.exchange;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One line of the imports log: a file, its register, its counts and state (RUNNING, DONE, REFUSED, FAILED, INTERRUPTED). */
public record ImportRecord(long id, String fileName, String register, String status, long rowsRead, long rowsAdded,
                           long rowsSkipped, long rowsError, String message, String errorsText, String username,
                           OffsetDateTime startedAt, OffsetDateTime finishedAt, String skippedText) {
    public boolean running() {
        return "RUNNING".equals(status);
    }

    public List<String> errorLines() {
        return errorsText == null || errorsText.isEmpty() ? List.of() : Arrays.asList(errorsText.split("\n"));
    }

    /** The rows skipped and why ("dòng 5: đã có trong sổ"), the first {@code 200}. */
    public List<String> skippedLines() {
        return skippedText == null || skippedText.isEmpty() ? List.of() : Arrays.asList(skippedText.split("\n"));
    }

    public String statusLabel() {
        return switch (status) {
            case "RUNNING" -> "Đang nhập";
            case "DONE" -> "Đã nhập";
            case "REFUSED" -> "Không nhập (có lỗi)";
            case "INTERRUPTED" -> "Bị ngắt (máy chủ dừng), không ghi gì";
            default -> "Hỏng";
        };
    }
}
