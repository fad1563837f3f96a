package vn.gov.khcn.exchange;

import vn.gov.khcn.testing.OnH2;

@OnH2
class RegisterExchangeOnH2Test extends RegisterExchangeContract {
}
