package vn.gov.khcn.identity;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class LoginThrottleOnPostgresTest extends LoginThrottleContract {
}
