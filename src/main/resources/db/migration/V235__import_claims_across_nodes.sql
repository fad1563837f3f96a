-- Several app nodes on one database (docs/operations.md, "Several nodes"; docs/decisions/0015).
-- The node that runs an import (khcn.node-name, the host's name by default): at its start a node marks only its own
-- cut-off imports as interrupted, never those another node is running.
alter table exchange_import add column node varchar(100);
-- One row a register, made at its first import and held (select … for update) by the import's transaction until it
-- commits or rolls back: one import of a register writes at a time on all nodes, and the next one sees its rows
-- (already in the register: skipped), so a file submitted to two nodes at once is written once.
create table exchange_import_claim (
    register varchar(40) not null primary key
);
