package vn.gov.khcn.reporting;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class GoldenReportOnPostgresTest extends GoldenReportContract {
}
