-- A radiation facility of an organisation placed only in a commune (xã, phường, đặc khu, from 1/7/2025) has no
-- former district; nor have its inspections. The commune is the organisation's (geography register, V270).
alter table radiation_facility alter column district drop not null;
alter table radiation_inspection alter column district drop not null;
