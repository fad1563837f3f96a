/** The inspectorate's register of specialised inspections, each opened by a decision, and the facilities they inspected. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi",
        "organisations", "documents", "vocabulary"})
package vn.gov.khcn.inspection;
