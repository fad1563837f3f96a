package vn.gov.khcn.metrology;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class Issue4RegistersOnPostgresTest extends Issue4RegistersContract {
}
