-- The department's outgoing documents (văn bản đi): one sequence of numbers a year shared by all of them, whatever
-- their type (docs/decisions/0010-outgoing-register.md). A document is outgoing when the department issued it: its
-- number carries the department's symbol (SKH&CN), names no other issuer and no year (legal documents, numbered
-- "24/2020/QĐ-…", keep a sequence of their own). Documents registered before keep their meaning; those of the
-- department are marked here.
alter table document add column outgoing boolean not null default false;
alter table document add column signer varchar(200);
-- The record a document was filed from (an issued report): where it is and how it is named, for the link back.
alter table document add column origin_path varchar(200);
alter table document add column origin_label varchar(400);
update document set outgoing = true
 where issuer_symbol = 'SKH&CN' and (issuer is null or issuer = '') and number_symbol not like '%/%/%';
create index document_outgoing on document(outgoing, issued_on);

-- The last number reserved each year. Reservations hold the year's row (select … for update), so two never get
-- the same number; the next is one past both this and the highest number of the year's outgoing documents.
create table outgoing_number (
    issue_year  integer not null primary key,
    last_number integer not null
);

-- The document an issued report is filed as in the document register.
alter table report add column document_id bigint references document(id);
