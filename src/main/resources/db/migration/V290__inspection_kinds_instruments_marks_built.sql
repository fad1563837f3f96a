-- Inspections by kind, instruments checked, marks built (docs/templates.md, "Indicators of inspections, marks and
-- applied results"):
-- * an inspection is a thanh tra (by the inspectorate) or a kiểm tra (a state check, e.g. by the TĐC): a vocabulary a
--   department extends; every inspection recorded so far was a thanh tra, so it keeps that kind;
-- * a facility inspected or checked names how many measuring instruments were checked there (none so far);
-- * a collective mark, certification mark or geographical indication names the day its building was completed (the
--   day its protection title was granted or its building project accepted); unknown for those recorded so far.
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_KIND', 'INSPECTION', 'Thanh tra', 'thanh tra', 1);
insert into vocabulary_entry(list_key, code, label, label_folded, position) values ('INSPECTION_KIND', 'CHECK', 'Kiểm tra', 'kiem tra', 2);

alter table inspection add column kind varchar(40) not null default 'INSPECTION';
create index inspection_kind_opened on inspection(kind, opened_on);

alter table inspection_facility add column instruments_checked integer not null default 0;

alter table collective_mark add column built_on date;
create index collective_mark_built on collective_mark(built_on);
