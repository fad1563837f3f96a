-- One row per kind of record (its audit name). A register's add or change holds its row (select … for update)
-- until commit, so "one record per identity" and the other read-then-write rules hold under concurrency.
create table register_turn (
    name varchar(100) not null primary key
);
