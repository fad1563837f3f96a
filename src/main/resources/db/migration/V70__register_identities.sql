-- Issue 6: the identities the spreadsheet imports skip duplicates by are also the registers' rules
-- (the services refuse a second record with the same identity; these indexes make it true under concurrency).
-- Guidance (business, day, subject up to 1000 characters) and X-ray jobs (device or room, nullable) are
-- checked by their services only: the subject is too long for a portable index, the job's key has nullable parts.

create unique index radiation_dossier_identity on radiation_dossier(facility_id, received_on, subject);
create unique index radiation_inspection_identity on radiation_inspection(facility_id, inspected_on);
create unique index quality_survey_identity on quality_survey(facility_id, surveyed_on);
create unique index inspection_decision on inspection(decision_doc_id);
