package vn.gov.khcn.investment;

import java.time.LocalDate;

/** An amount (VND) disbursed to a project on a day. */
public record Disbursement(long id, long projectId, LocalDate paidOn, long amount, String note) {
}
