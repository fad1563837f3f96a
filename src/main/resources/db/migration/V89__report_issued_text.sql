-- The whole text of an issued report, kept at issue inside the issue transaction: its rendered document
-- model (header facts and settings used, subject, blocks of spans, footnotes) as JSON, and the template
-- source it was rendered from. Every later HTML/DOCX/PDF of the report is written from this row, so
-- changing the template, the settings or the records of its period does not change an issued report.
-- origin: ISSUE (kept when issued) or FIRST_READ (a report issued before this table existed, kept from the
-- state of the first read after the upgrade; see docs/templates.md).
create table report_issued_text (
    report_id bigint primary key references report(id),
    model_version integer not null,
    template_source varchar(100000) not null,
    rendered_json varchar not null,
    frozen_at timestamp with time zone not null,
    origin varchar(20) not null
);
