-- The department that runs the platform: its pages and affiliated units, the versioned
-- operating rules ("quy chế hoạt động"), and the complaints and feedback people send it.
-- Which province and department a deployment serves is data in these tables, never code.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

-- The department itself (no parent) and the units under it, each with a page in Vietnamese and
-- English. Page bodies are plain text (paragraphs separated by blank lines), shown escaped.
create table department_unit (
    id           bigint         primary key,
    slug         varchar(80)    not null unique,
    parent_id    bigint         references department_unit(id),
    display_order integer       not null,
    name_vi      varchar(200)   not null,
    name_en      varchar(200)   not null,
    address      varchar(300),
    phones       varchar(120),
    email        varchar(254),
    website      varchar(300),
    body_vi      varchar(20000) not null,
    body_en      varchar(20000) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(254),
    version      integer        not null
);
create index department_unit_parent_ix on department_unit(parent_id, display_order);

-- Operating rules: every version kept (rows are never updated); the current one is the latest
-- whose effective date has come.
create table rules_version (
    id            bigint          primary key,
    effective_on  date            not null,
    title_vi      varchar(200)    not null,
    title_en      varchar(200)    not null,
    body_vi       varchar(100000) not null,
    body_en       varchar(100000) not null,
    published_at  timestamp with time zone not null,
    published_by  varchar(254)    not null
);
create index rules_version_effective_ix on rules_version(effective_on, id);

-- Complaints and feedback. The private link's token is stored only as its SHA-256 hash.
create table feedback (
    id             bigint         primary key,
    token_hash     varchar(64)    not null unique,
    subject_kind   varchar(10)    not null,
    order_id       bigint         references customer_order(id),
    order_code     varchar(30),
    product_id     bigint         references product(id),
    sender_name    varchar(120)   not null,
    email          varchar(254),
    phone          varchar(20),
    message        varchar(4000)  not null,
    status         varchar(12)    not null,
    received_at    timestamp with time zone not null,
    due_on         date           not null,
    assignee       varchar(254),
    internal_note  varchar(4000),
    reply          varchar(4000),
    replied_at     timestamp with time zone,
    replied_by     varchar(254),
    closed_at      timestamp with time zone,
    version        integer        not null,
    constraint feedback_kind_ck check (subject_kind in ('ORDER', 'LISTING', 'GENERAL')),
    constraint feedback_status_ck check (status in ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    constraint feedback_contact_ck check (email is not null or phone is not null),
    constraint feedback_order_ck check (subject_kind <> 'ORDER' or order_id is not null),
    constraint feedback_product_ck check (subject_kind <> 'LISTING' or product_id is not null)
);
create index feedback_status_due_ix on feedback(status, due_on);

-- A complaint's sender has no account: their emails are notifications without one (never
-- shown in the site, only sent).
alter table notification alter column account_id drop not null;
