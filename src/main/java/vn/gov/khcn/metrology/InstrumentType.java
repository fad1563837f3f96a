package vn.gov.khcn.metrology;

/** A kind of measuring instrument (phương tiện đo) with its legal verification interval. */
public record InstrumentType(String code, String name, int intervalMonths) {
}
