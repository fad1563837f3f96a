package vn.gov.khcn.tasks;

import vn.gov.khcn.testing.OnH2;

@OnH2
class TaskWebOnH2Test extends TaskWebContract {
}
