-- Staff manage trade fairs and campaigns: an event can be revised or cancelled (kept, shown
-- as cancelled to articles that link it, gone from the calendar); every change is logged.

alter table news_event add column updated_at timestamp with time zone;
update news_event set updated_at = created_at;
alter table news_event alter column updated_at set not null;
alter table news_event add column cancelled_at timestamp with time zone;
alter table news_event add column version bigint default 0 not null;

-- Append-only like news_audit: one row per change; the actor's name is copied.
create table news_event_audit (
    id               bigint        primary key,
    event_id         bigint        not null references news_event(id),
    action           varchar(20)   not null,
    actor_id         bigint        references account(id),
    actor_name       varchar(120)  not null,
    occurred_at      timestamp with time zone not null,
    detail           varchar(1000),
    constraint news_event_audit_action_ck check (action in ('CREATED', 'UPDATED', 'CANCELLED'))
);
create index news_event_audit_event_ix on news_event_audit(event_id, occurred_at);
