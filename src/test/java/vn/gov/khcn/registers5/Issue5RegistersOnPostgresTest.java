package vn.gov.khcn.registers5;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class Issue5RegistersOnPostgresTest extends Issue5RegistersContract {
}
