/**
 * Backup and restore of the whole database: {@link vn.gov.khcn.backup.BackupArchive} writes every application
 * table and every attached file to one zip with a manifest (docs/exchange-format.md), restores such a zip into
 * a newly created database only, and proves a restore by reading it back after the commit. Generic over tables
 * (JDBC metadata): it knows no register. {@link vn.gov.khcn.backup.ScheduledBackups} writes such archives on a
 * schedule to a folder, one node of several claiming each time, keeps the newest, and records every run; the page
 * /admin/backups lists the runs and starts one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package vn.gov.khcn.backup;
