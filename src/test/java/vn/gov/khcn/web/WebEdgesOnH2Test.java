package vn.gov.khcn.web;

import vn.gov.khcn.testing.OnH2;

@OnH2
class WebEdgesOnH2Test extends WebEdgesContract {
}
