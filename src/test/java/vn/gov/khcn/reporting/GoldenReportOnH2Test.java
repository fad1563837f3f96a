package vn.gov.khcn.reporting;

import vn.gov.khcn.testing.OnH2;

@OnH2
class GoldenReportOnH2Test extends GoldenReportContract {
}
