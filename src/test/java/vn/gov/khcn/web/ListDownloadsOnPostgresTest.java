package vn.gov.khcn.web;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class ListDownloadsOnPostgresTest extends ListDownloadsContract {
}
