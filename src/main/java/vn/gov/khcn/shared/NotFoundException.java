package vn.gov.khcn.shared;

/** A record asked for by id does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super("Không tìm thấy " + what + " có mã " + id + ".");
    }
}
