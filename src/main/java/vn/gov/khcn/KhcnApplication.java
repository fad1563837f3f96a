package vn.gov.khcn;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The KHCN application: records and reports of a provincial Department of Science and Technology.
 * Started by {@link vn.gov.khcn.cli.Khcn}, which parses the command line first.
 */
@SpringBootApplication
public class KhcnApplication {
}
