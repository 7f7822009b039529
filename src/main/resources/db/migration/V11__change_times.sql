-- Every record people edit says when it last changed (its change time for harvesters and feeds):
-- Committee sessions and training activities did not yet.
alter table committee_session add column updated_at timestamp with time zone;
update committee_session set updated_at = created_at;
alter table committee_session alter column updated_at set not null;

alter table learning_activity add column updated_at timestamp with time zone;
update learning_activity set updated_at = created_at;
alter table learning_activity alter column updated_at set not null;
