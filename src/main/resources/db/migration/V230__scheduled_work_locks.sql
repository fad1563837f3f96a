-- Scheduled work run by exactly one of several application nodes on one database (ShedLock's JDBC provider, its
-- documented table): a node runs a job only after it has claimed the job's row until lock_until. Valid on H2 and
-- PostgreSQL alike.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
