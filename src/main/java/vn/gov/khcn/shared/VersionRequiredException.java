package vn.gov.khcn.shared;

/**
 * A change was sent without the version of the record it was made from, so it could silently overwrite somebody
 * else's change. Answered 428 Precondition Required: the client reads the record and sends its version (or If-Match).
 */
public class VersionRequiredException extends RuntimeException {
    public VersionRequiredException(String noun) {
        super("Thiếu phiên bản (version) của " + noun + " đang sửa: hãy mở lại bản ghi rồi sửa, để không ghi đè thay đổi của người khác.");
    }
}
