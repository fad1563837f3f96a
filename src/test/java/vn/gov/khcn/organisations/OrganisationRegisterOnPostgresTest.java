package vn.gov.khcn.organisations;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class OrganisationRegisterOnPostgresTest extends OrganisationRegisterContract {
}
