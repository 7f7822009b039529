-- A sensitive place (looting, conflict): the public sees its position, and its components', only roughly.
alter table heritage_item add column sensitive boolean default false not null;
alter table heritage_item_aud add column sensitive boolean;
