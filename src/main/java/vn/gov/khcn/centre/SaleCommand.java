package vn.gov.khcn.centre;

import java.time.LocalDate;

public record SaleCommand(Long productId, Long quantity, LocalDate soldOn, String buyer, Integer version) {
}
