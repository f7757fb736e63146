-- Trade-promotion news and events: articles written by department staff that link
-- products, producers and events; every change to an article is logged.

create table news_event (
    id               bigint        primary key,
    slug             varchar(160)  not null unique,
    title            varchar(200)  not null,
    description      varchar(4000) not null,
    starts_on        date          not null,
    ends_on          date          not null,
    venue            varchar(300),
    commune_code     varchar(60)   references admin_unit(code),
    province_code    varchar(60)   references admin_unit(code),
    created_at       timestamp with time zone not null,
    constraint news_event_dates_ck check (ends_on >= starts_on)
);
create index news_event_dates_ix on news_event(starts_on, ends_on);

create table news_article (
    id               bigint         primary key,
    slug             varchar(160)   not null,
    title            varchar(200)   not null,
    summary          varchar(500)   not null,
    body             varchar(100000) not null,
    cover_key        varchar(300),
    state            varchar(20)    not null,
    publish_at       timestamp with time zone,
    published_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint         not null,
    constraint news_article_slug_uq unique (slug),
    constraint news_article_state_ck check (state in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
create index news_article_state_ix on news_article(state, published_at);
create index news_article_due_ix on news_article(state, publish_at);

create table news_article_tag (
    article_id       bigint        not null references news_article(id),
    tag              varchar(60)   not null,
    primary key (article_id, tag)
);
create index news_article_tag_ix on news_article_tag(tag);

create table news_article_product (
    article_id       bigint        not null references news_article(id),
    product_id       bigint        not null references product(id),
    primary key (article_id, product_id)
);
create index news_article_product_ix on news_article_product(product_id);

create table news_article_producer (
    article_id       bigint        not null references news_article(id),
    producer_id      bigint        not null references producer(id),
    primary key (article_id, producer_id)
);
create index news_article_producer_ix on news_article_producer(producer_id);

create table news_article_event (
    article_id       bigint        not null references news_article(id),
    event_id         bigint        not null references news_event(id),
    primary key (article_id, event_id)
);

-- Append-only: one row per change, never updated; the actor's name is copied so the log
-- reads the same after a rename. No actor means the publishing schedule did it.
create table news_audit (
    id               bigint        primary key,
    article_id       bigint        not null references news_article(id),
    action           varchar(20)   not null,
    actor_id         bigint        references account(id),
    actor_name       varchar(120)  not null,
    occurred_at      timestamp with time zone not null,
    detail           varchar(1000),
    constraint news_audit_action_ck check (action in ('CREATED', 'UPDATED', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
create index news_audit_article_ix on news_audit(article_id, occurred_at);
