/**
 * Metrology: the measuring-instrument verification register kept by the application centre (recording, bulk
 * exchange, the due list) over the instrument-type vocabulary (kept in {@code vocabulary}). Its due page also lists the radiation licences and
 * ISO checks falling due.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi",
        "organisations", "radiation", "quality", "vocabulary"})
package vn.gov.khcn.metrology;
