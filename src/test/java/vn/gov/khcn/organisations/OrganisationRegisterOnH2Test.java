package vn.gov.khcn.organisations;

import vn.gov.khcn.testing.OnH2;

@OnH2
class OrganisationRegisterOnH2Test extends OrganisationRegisterContract {
}
