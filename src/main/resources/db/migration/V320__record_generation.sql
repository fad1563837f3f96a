-- The generation of the records: one counter, raised by the last statement of every transaction that changed a record
-- (identity.AuditTrail). Writers take its row lock only at commit, so generations follow the order of the commits and a
-- figure computed after reading generation g is right for as long as the counter reads g. Not backed up: it counts the
-- changes of this database, not a record (a restore raises it).
create table record_generation (
    id integer primary key,
    generation bigint not null
);
insert into record_generation (id, generation) values (1, 0);
