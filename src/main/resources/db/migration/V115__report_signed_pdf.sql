-- The signed PDF of an issued report (PAdES baseline B, see docs/signing.md and docs/decisions/0009): written once,
-- right after the issue commits or at the first PDF download if the key or LibreOffice was not there then, and never
-- changed: every later download serves these bytes. sha256 is of the signed file; signer and certificate_serial
-- name the department certificate that signed it.
create table report_signed_pdf (
    report_id bigint primary key references report(id),
    pdf bytea not null,
    sha256 varchar(64) not null,
    signer varchar(500) not null,
    certificate_serial varchar(100) not null,
    signed_at timestamp with time zone not null
);
