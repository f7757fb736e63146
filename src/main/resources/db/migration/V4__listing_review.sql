-- Listings and their review: every version of a listing that a business proposes is a revision;
-- the department decides each submitted revision before a deadline, and every step is recorded
-- in an append-only log. The product row holds what shoppers see (the last approved content).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

alter table ocop_certificate add column scan_key varchar(200);
-- What the daily certificate watch last saw (VALID, EXPIRING, EXPIRED), so each change is announced once.
alter table ocop_certificate add column watched_state varchar(20);
alter table ocop_certificate add column revocation_reference varchar(100);

create table listing_revision (
    id                     bigint        primary key,
    product_id             bigint        not null references product(id),
    producer_id            bigint        not null references producer(id),
    revision_number        integer       not null,
    state                  varchar(20)   not null,
    name                   varchar(200)  not null,
    description            varchar(8000) not null,
    unit                   varchar(60)   not null,
    group_code             varchar(80)   not null references ocop_group(code),
    origin_commune_code    varchar(60)   not null references admin_unit(code),
    cert_stars             integer,
    cert_decision_number   varchar(60),
    cert_decision_date     date,
    cert_issuer            varchar(200),
    cert_scan_key          varchar(200),
    image_keys             varchar(2000) not null,
    created_at             timestamp with time zone not null,
    created_by             bigint        not null references account(id),
    submitted_at           timestamp with time zone,
    due_on                 date,
    new_listing            boolean       not null,
    claimed_by             bigint        references account(id),
    claimed_at             timestamp with time zone,
    decided_at             timestamp with time zone,
    decided_by             bigint        references account(id),
    decision_reason        varchar(1000),
    version                integer       not null,
    constraint listing_revision_number_uk unique (product_id, revision_number),
    constraint listing_revision_state_ck check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'DISCARDED')),
    constraint listing_revision_stars_ck check (cert_stars is null or cert_stars between 3 and 5),
    constraint listing_revision_submitted_ck check (state = 'DRAFT' or state = 'DISCARDED' or (submitted_at is not null and due_on is not null)),
    constraint listing_revision_decided_ck check (state not in ('APPROVED', 'REJECTED') or (decided_at is not null and decided_by is not null)),
    constraint listing_revision_reason_ck check (state <> 'REJECTED' or decision_reason is not null)
);
create index listing_revision_product_ix on listing_revision(product_id);
create index listing_revision_queue_ix on listing_revision(state, due_on);
create index listing_revision_producer_ix on listing_revision(producer_id);

-- Append-only: rows are inserted, never updated or deleted by the application.
create table listing_event (
    id                bigint        primary key,
    product_id        bigint        not null references product(id),
    producer_id       bigint        not null references producer(id),
    revision_id       bigint        references listing_revision(id),
    revision_number   integer,
    action            varchar(20)   not null,
    actor_id          bigint        not null references account(id),
    actor_name        varchar(120)  not null,
    actor_role        varchar(20)   not null,
    occurred_at       timestamp with time zone not null,
    reason            varchar(1000),
    due_on            date,
    constraint listing_event_action_ck check (action in ('CREATED', 'SUBMITTED', 'CLAIMED', 'RELEASED', 'APPROVED',
        'REJECTED', 'WITHDRAWN', 'SUSPENDED', 'REINSTATED', 'REPRICED', 'RESTOCKED', 'CERTIFICATE_REVOKED'))
);
create index listing_event_product_ix on listing_event(product_id, occurred_at);
create index listing_event_producer_ix on listing_event(producer_id);
