-- A photograph of a heritage item is kept in a middle size too (for phones and the page's banner), and says under
-- which licence it may be reused.
alter table heritage_media add column medium_name varchar(200);
alter table heritage_media add column licence varchar(40);
