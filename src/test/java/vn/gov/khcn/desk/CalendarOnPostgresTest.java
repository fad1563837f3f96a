package vn.gov.khcn.desk;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class CalendarOnPostgresTest extends CalendarContract {
    @Override
    int year() {
        return 2017;
    }
}
