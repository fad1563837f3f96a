package vn.gov.khcn.geography;

import vn.gov.khcn.testing.OnH2;

@OnH2
class GeographyOnH2Test extends GeographyContract {
}
