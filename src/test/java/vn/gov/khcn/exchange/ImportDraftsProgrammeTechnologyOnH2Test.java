package vn.gov.khcn.exchange;

import vn.gov.khcn.testing.OnH2;

@OnH2
class ImportDraftsProgrammeTechnologyOnH2Test extends ImportDraftsProgrammeTechnologyContract {
}
