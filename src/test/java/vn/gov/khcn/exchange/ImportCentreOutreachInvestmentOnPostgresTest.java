package vn.gov.khcn.exchange;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class ImportCentreOutreachInvestmentOnPostgresTest extends ImportCentreOutreachInvestmentContract {
}
