-- Emails to people without an account (a buyer who checked out as a guest and gave an email):
-- a notification row with no account is an email only, never shown in anyone's inbox.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

alter table notification alter column account_id drop not null;
alter table notification add constraint notification_recipient_ck check (account_id is not null or email_to is not null);
