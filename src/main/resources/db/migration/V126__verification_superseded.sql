-- A passing verification is superseded once a later passing verification of the same serial is in the register.
-- The due list reads the verifications that are not, by index, instead of an anti-join over the whole history
-- on every view; the register's write paths keep the flag (metrology.LatestVerifications).
alter table verification add column superseded boolean not null default false;
update verification v set superseded = true
where exists (select 1 from verification w where w.serial = v.serial and w.result = 'PASS' and w.verified_on > v.verified_on);
create index verification_due on verification(result, superseded, next_due_on);
