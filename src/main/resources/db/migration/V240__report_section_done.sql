-- A narrative section (slot) of a draft report marked done ("Đã xong") by the unit that writes it: one row while it is
-- done; reopening it, or saving a changed text into it, deletes the row. A report is submitted and issued only when
-- every slot of its template has its row (docs/templates.md, "Mục đã xong"). Every mark and reopening is audited
-- on the report (actions SECTION_DONE, SECTION_REOPEN).
create table report_section_done (
    report_id bigint not null references report(id),
    slot varchar(100) not null,
    unit varchar(30) not null,
    marked_by varchar(100) not null,
    marked_at timestamp with time zone not null,
    constraint report_section_done_pk primary key (report_id, slot)
);
