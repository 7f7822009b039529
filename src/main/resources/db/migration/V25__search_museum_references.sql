-- Museums are search documents too; their references (addresses such as "mohammed-vi-museum-of-modern-and-contemporary-art")
-- are longer than heritage items' (IWH-0001).
alter table search_document alter column reference set data type varchar(80);
