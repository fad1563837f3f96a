package vn.gov.khcn.identity;

import vn.gov.khcn.testing.OnH2;

@OnH2
class AccountSessionsOnH2Test extends AccountSessionsContract {
}
