-- The spreadsheet import (exchange_import.id) that created a verification, or null for one entered on a form.
-- An import is audited once (who, when, which file, how many rows); each verification it wrote points to it.
alter table verification add column import_id bigint;
