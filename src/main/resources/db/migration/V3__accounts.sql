-- Accounts: shoppers, members of a producer (BUSINESS), department staff and administrators.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

create table account (
    id             bigint       primary key,
    email          varchar(254) not null,
    display_name   varchar(120) not null,
    password_hash  varchar(300) not null,
    role           varchar(20)  not null,
    producer_id    bigint       references producer(id),
    failed_logins  integer      not null,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null,
    version        integer      not null,
    constraint account_email_uk unique (email),
    -- emails are stored lower-cased, so the unique constraint is case-insensitive
    constraint account_email_lower_ck check (email = lower(email)),
    constraint account_role_ck check (role in ('SHOPPER', 'BUSINESS', 'STAFF', 'ADMIN')),
    constraint account_business_producer_ck check (role <> 'BUSINESS' or producer_id is not null),
    constraint account_failed_logins_ck check (failed_logins >= 0)
);
create index account_producer_ix on account(producer_id);
