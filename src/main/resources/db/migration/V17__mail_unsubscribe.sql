-- Mail sent to people who asked to follow something carries a one-click unsubscribe address (RFC 8058).
alter table mail_outbox add column unsubscribe_url varchar(1000);
