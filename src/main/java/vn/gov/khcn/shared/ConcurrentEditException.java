package vn.gov.khcn.shared;

/**
 * Somebody else saved the record since it was opened; the second save is refused. It carries the record as it is
 * now and who saved it last, so the user sees what changed.
 */
public class ConcurrentEditException extends RuntimeException {
    private final String changes;
    private final transient Object current;

    public ConcurrentEditException(String what, String changes) {
        super(what + " đã được người khác sửa trong lúc bạn đang sửa. Bản của bạn chưa được lưu."
                + (changes == null || changes.isBlank() ? "" : " Những thay đổi của người kia: " + changes));
        this.changes = changes;
        this.current = null;
    }

    /** {@code current}: the record now; {@code lastChange}: who saved it last and when, or null. */
    public ConcurrentEditException(String what, Object current, String lastChange) {
        super(what + " đã được người khác sửa trong lúc bạn đang sửa" + (lastChange == null ? "" : " (" + lastChange + ")")
                + ". Bản của bạn chưa được lưu: hãy mở lại bản ghi để xem bản hiện tại rồi sửa lại.");
        this.changes = lastChange;
        this.current = current;
    }

    public String changes() {
        return changes;
    }

    /** The record as it is now, or null. */
    public Object current() {
        return current;
    }
}
