package vn.gov.khcn.tasks;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class TaskWebOnPostgresTest extends TaskWebContract {
}
