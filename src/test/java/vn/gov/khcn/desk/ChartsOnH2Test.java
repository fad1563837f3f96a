package vn.gov.khcn.desk;

import vn.gov.khcn.testing.OnH2;

@OnH2
class ChartsOnH2Test extends ChartsContract {
    @Override
    int year() {
        return 2013;
    }
}
