-- The heritage items a training is about (references of the List, comma-separated, as publications and news name
-- theirs): the item's page, and the Al-Quds observatory, show the trainings on it.
alter table learning_activity add column related varchar(1000);
