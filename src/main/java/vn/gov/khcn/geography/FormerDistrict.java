package vn.gov.khcn.geography;

import java.time.LocalDate;

/** A former district (huyện, thị xã, thành phố thuộc tỉnh): records dated up to {@code validUntil} name it. */
public record FormerDistrict(long id, String code, String name, LocalDate validUntil, int version) {
}
