-- What identifies a record of the centre and investment registers, so that an import can skip a row
-- already present and the pages refuse the same record entered twice (the services check first, with
-- a Vietnamese message; these indexes close the race). Long titles (varchar 1000) are checked by the
-- services only: a b-tree entry of that size may exceed PostgreSQL's limit.
create unique index centre_lot_identity on centre_lot(product_id, produced_on, quantity);
-- a sale without a named buyer is checked by the service (nulls are distinct in a unique index)
create unique index centre_sale_identity on centre_sale(product_id, sold_on, quantity, buyer);
create unique index gene_source_identity on gene_source(crop, kept_since);
create unique index investment_disbursement_identity on investment_disbursement(project_id, paid_on, amount);
