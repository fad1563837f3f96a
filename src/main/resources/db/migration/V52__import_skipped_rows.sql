-- Which rows an import skipped and why (already in the register, repeated in the file): the first 200, one a line.
alter table exchange_import add column skipped_text varchar;
