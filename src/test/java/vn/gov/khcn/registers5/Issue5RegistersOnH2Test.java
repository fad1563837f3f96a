package vn.gov.khcn.registers5;

import vn.gov.khcn.testing.OnH2;

@OnH2
class Issue5RegistersOnH2Test extends Issue5RegistersContract {
}
