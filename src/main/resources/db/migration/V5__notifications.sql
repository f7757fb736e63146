-- Notifications: what an account is told (listing approved, business verified, certificate
-- expiring ...), shown in the site and copied by email. A row is written in the transaction of
-- the decision it reports; the mail dispatcher sends the email later and retries with back-off.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

create table notification (
    id               bigint        primary key,
    account_id       bigint        not null references account(id),
    kind             varchar(40)   not null,
    subject          varchar(200)  not null,
    body             varchar(4000) not null,
    link             varchar(500),
    created_at       timestamp with time zone not null,
    read_at          timestamp with time zone,
    -- email copy: NONE (in-app only), PENDING (to send at next_attempt_at), SENT, FAILED (gave up)
    email_to         varchar(254),
    email_state      varchar(10)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone,
    last_error       varchar(1000),
    sent_at          timestamp with time zone,
    constraint notification_email_state_ck check (email_state in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    constraint notification_pending_ck check (email_state <> 'PENDING' or (email_to is not null and next_attempt_at is not null)),
    constraint notification_attempts_ck check (attempts >= 0)
);
-- an account's unread count and its list, newest first
create index notification_account_unread_ix on notification(account_id, read_at);
create index notification_account_created_ix on notification(account_id, created_at);
-- the dispatcher's "emails due now"
create index notification_email_due_ix on notification(email_state, next_attempt_at);
