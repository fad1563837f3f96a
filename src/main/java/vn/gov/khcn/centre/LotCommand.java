package vn.gov.khcn.centre;

import java.time.LocalDate;

public record LotCommand(Long productId, Long quantity, LocalDate producedOn, String note, Integer version) {
}
