package vn.gov.khcn.desk;

import vn.gov.khcn.testing.OnH2;

@OnH2
class CalendarOnH2Test extends CalendarContract {
    @Override
    int year() {
        return 2016;
    }
}
