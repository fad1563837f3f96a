package vn.gov.khcn.investment;

import java.time.LocalDate;

/**
 * A disbursement as a form or the API sends it. No report counts disbursements, so one dated in an issued report's
 * period needs no reason.
 */
public record DisbursementCommand(LocalDate paidOn, Long amount, String note) {
}
