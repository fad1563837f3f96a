package vn.gov.khcn.exchange;

import vn.gov.khcn.testing.OnH2;

@OnH2
class ImportCentreOutreachInvestmentOnH2Test extends ImportCentreOutreachInvestmentContract {
}
