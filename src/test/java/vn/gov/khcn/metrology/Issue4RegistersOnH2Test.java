package vn.gov.khcn.metrology;

import vn.gov.khcn.testing.OnH2;

@OnH2
class Issue4RegistersOnH2Test extends Issue4RegistersContract {
}
