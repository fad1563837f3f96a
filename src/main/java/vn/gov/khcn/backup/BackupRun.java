package vn.gov.khcn.backup;

import java.time.OffsetDateTime;

/**
 * One backup run as table backup_run keeps it: how it was started, on which node, when it started and finished, the
 * archive it wrote (a file in the backup folder) and its size, the outcome, the error when it failed, and when the
 * archive was deleted for being older than the newest {@code khcn.backup.keep}.
 */
public record BackupRun(long id, Trigger trigger, String requestedBy, String node, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                        String fileName, Long sizeBytes, Outcome outcome, String errorMessage, OffsetDateTime removedAt) {

    /** How a run was started. */
    public enum Trigger {
        SCHEDULED("Theo lịch"), MANUAL("Sao lưu ngay");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a run ended (RUNNING: not yet, or the node stopped during it). */
    public enum Outcome {
        RUNNING("Đang chạy"), SUCCEEDED("Thành công"), FAILED("Lỗi");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "Sao lưu ngay (admin)" or "Theo lịch". */
    public String triggerText() {
        return requestedBy == null ? trigger.label() : trigger.label() + " (" + requestedBy + ")";
    }
}
