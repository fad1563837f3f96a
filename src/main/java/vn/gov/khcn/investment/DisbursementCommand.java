package vn.gov.khcn.investment;

import java.time.LocalDate;

public record DisbursementCommand(LocalDate paidOn, Long amount, String note) {
}
