package vn.gov.khcn.web;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class WebEdgesOnPostgresTest extends WebEdgesContract {
}
