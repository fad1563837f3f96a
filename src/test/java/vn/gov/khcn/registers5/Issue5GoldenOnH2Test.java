package vn.gov.khcn.registers5;

import vn.gov.khcn.testing.OnH2;

@OnH2
class Issue5GoldenOnH2Test extends Issue5GoldenContract {
}
