/**
 * Metrology: the measuring-instrument verification register kept by the application centre (recording, bulk
 * exchange, the due list) and the instrument-type vocabulary. Its due page also lists the radiation licences and
 * ISO checks falling due.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi",
        "organisations", "radiation", "quality"})
package vn.gov.khcn.metrology;
