package vn.gov.khcn.identity;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class AccountSessionsOnPostgresTest extends AccountSessionsContract {
}
