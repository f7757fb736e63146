-- Catalogue: places, OCOP taxonomy, producers, products, certificates, search outbox.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

create sequence entity_seq start with 1000 increment by 50;

-- Two-level local government since 2025-07-01 (province -> commune/ward).
-- Units that no longer exist stay as history rows (valid_to set, successor_code pointing
-- at the unit that took them over), so old addresses and certificate issuers keep their names.
create table admin_unit (
    code            varchar(60)  primary key,
    name            varchar(200) not null,
    unit_level      varchar(20)  not null,
    parent_code     varchar(60)  references admin_unit(code),
    successor_code  varchar(60)  references admin_unit(code),
    valid_from      date,
    valid_to        date,
    constraint admin_unit_level_ck check (unit_level in ('PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD'))
);
create index admin_unit_parent_ix on admin_unit(parent_code);

create table ocop_taxonomy (
    code            varchar(20)  primary key,
    decision        varchar(100) not null,
    effective_from  date         not null,
    is_current      boolean      not null
);

create table ocop_group (
    code            varchar(80)  primary key,
    taxonomy_code   varchar(20)  not null references ocop_taxonomy(code),
    parent_code     varchar(80)  references ocop_group(code),
    slug            varchar(80)  not null,
    name_vi         varchar(200) not null,
    name_en         varchar(200) not null,
    position        integer      not null
);
create index ocop_group_parent_ix on ocop_group(parent_code);

create table producer (
    id                    bigint       primary key,
    slug                  varchar(160) not null unique,
    name                  varchar(200) not null,
    kind                  varchar(30)  not null,
    registration_number   varchar(30)  not null,
    legal_representative  varchar(120) not null,
    street                varchar(200),
    commune_code          varchar(60)  not null references admin_unit(code),
    phone                 varchar(30),
    email                 varchar(200),
    description           varchar(4000),
    status                varchar(20)  not null,
    created_at            timestamp with time zone not null,
    version               integer      not null,
    constraint producer_kind_ck check (kind in ('ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD')),
    constraint producer_status_ck check (status in ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED'))
);

create table product (
    id                   bigint        primary key,
    slug                 varchar(160)  not null unique,
    name                 varchar(200)  not null,
    description          varchar(8000) not null,
    price_vnd            bigint        not null,
    unit                 varchar(60)   not null,
    stock                integer       not null,
    group_code           varchar(80)   not null references ocop_group(code),
    producer_id          bigint        not null references producer(id),
    origin_commune_code  varchar(60)   not null references admin_unit(code),
    status               varchar(20)   not null,
    featured             boolean       not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              integer       not null,
    constraint product_price_ck check (price_vnd >= 0),
    constraint product_stock_ck check (stock >= 0),
    constraint product_status_ck check (status in ('DRAFT', 'SUBMITTED', 'LIVE', 'REJECTED', 'WITHDRAWN', 'SUSPENDED'))
);
create index product_producer_ix on product(producer_id);
create index product_status_ix on product(status);

create table product_image (
    id            bigint       primary key,
    product_id    bigint       not null references product(id),
    position      integer      not null,
    storage_key   varchar(200) not null,
    content_type  varchar(60)  not null,
    alt_text      varchar(300) not null
);
create index product_image_product_ix on product_image(product_id);

create table ocop_certificate (
    id               bigint       primary key,
    product_id       bigint       not null references product(id),
    stars            integer      not null,
    score            integer,
    decision_number  varchar(60)  not null,
    decision_date    date         not null,
    issuer           varchar(200) not null,
    group_code       varchar(80)  not null references ocop_group(code),
    valid_until      date         not null,
    status           varchar(20)  not null,
    status_reason    varchar(500),
    constraint cert_stars_ck check (stars between 3 and 5),
    constraint cert_score_ck check (score is null or score between 0 and 100),
    constraint cert_status_ck check (status in ('VALID', 'REVOKED', 'SUPERSEDED'))
);
create index ocop_certificate_product_ix on ocop_certificate(product_id);

-- Written in the same transaction as a catalogue change; drained by the search indexer.
create table search_outbox (
    id               bigint       primary key,
    entity_type      varchar(30)  not null,
    entity_id        bigint       not null,
    enqueued_at      timestamp with time zone not null,
    attempts         integer      not null,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000)
);
create index search_outbox_due_ix on search_outbox(next_attempt_at);
