package vn.gov.khcn.geography;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class GeographyOnPostgresTest extends GeographyContract {
}
