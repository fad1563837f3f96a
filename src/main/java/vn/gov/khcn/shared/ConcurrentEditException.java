package vn.gov.khcn.shared;

/** Somebody else saved the record since it was opened; the second save is refused. */
public class ConcurrentEditException extends RuntimeException {
    private final String changes;

    public ConcurrentEditException(String what, String changes) {
        super(what + " đã được người khác sửa trong lúc bạn đang sửa. Bản của bạn chưa được lưu."
                + (changes == null || changes.isBlank() ? "" : " Những thay đổi của người kia: " + changes));
        this.changes = changes;
    }

    public String changes() {
        return changes;
    }
}
