-- Where an assessment was made, as the assessor's device gave it (or as typed): shown exactly to the desk, and to the
-- public rounded like the item's own position when the report or the item is a sensitive place.
alter table risk_report add column latitude double precision;
alter table risk_report add column longitude double precision;
alter table risk_report_aud add column latitude double precision;
alter table risk_report_aud add column longitude double precision;
