package vn.gov.khcn.desk;

import vn.gov.khcn.testing.OnH2;

@OnH2
class DeskOnH2Test extends DeskContract {
    @Override
    int month() {
        return 1;
    }
}
