package vn.gov.khcn.exchange;

import vn.gov.khcn.shared.DomainException;

/** The file as a whole cannot be imported (wrong kind, damaged, too big, wrong columns); nothing was written. */
public class ImportRefusedException extends DomainException {
    public ImportRefusedException(String message) {
        super("file", message);
    }
}
