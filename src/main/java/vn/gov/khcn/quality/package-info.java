/**
 * The TĐC branch's registers: goods-quality surveys, the ISO 9001:2015 plan and checks of state agencies, national
 * quality award dossiers and guidance given to businesses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi",
        "organisations"})
package vn.gov.khcn.quality;
