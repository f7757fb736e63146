-- Orders: a shopper's checkout is one customer_order, split into one sub_order per producer,
-- each fulfilled on its own. Items keep the name and price at the moment of ordering. Every
-- state change of a sub-order is recorded in order_transition (append-only).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

-- Order ids come one by one from their own sequence, so the code DS-<year>-<id> stays short.
create sequence order_seq start with 1 increment by 1;

create table customer_order (
    id                bigint        primary key,
    code              varchar(30)   not null,
    buyer_name        varchar(120)  not null,
    phone             varchar(20)   not null,
    email             varchar(254),
    province_code     varchar(60)   not null references admin_unit(code),
    commune_code      varchar(60)   not null references admin_unit(code),
    street            varchar(300)  not null,
    note              varchar(1000),
    payment_method    varchar(20)   not null,
    payment_state     varchar(20)   not null,
    paid_at           timestamp with time zone,
    total_vnd         bigint        not null,
    created_at        timestamp with time zone not null,
    shopper_id        bigint        references account(id),
    idempotency_key   varchar(100)  not null,
    request_hash      varchar(64)   not null,
    version           integer       not null,
    constraint customer_order_code_uk unique (code),
    -- One order per idempotency key: a retried or concurrent request finds the first one.
    constraint customer_order_idempotency_uk unique (idempotency_key),
    constraint customer_order_method_ck check (payment_method in ('COD', 'VIETQR')),
    constraint customer_order_payment_ck check (payment_state in ('UNPAID', 'PAID', 'NOT_REQUIRED')),
    constraint customer_order_total_ck check (total_vnd >= 0)
);
create index customer_order_phone_ix on customer_order(phone);
create index customer_order_shopper_ix on customer_order(shopper_id);
create index customer_order_created_ix on customer_order(created_at);

create table sub_order (
    id             bigint        primary key,
    order_id       bigint        not null references customer_order(id),
    producer_id    bigint        not null references producer(id),
    state          varchar(20)   not null,
    subtotal_vnd   bigint        not null,
    cancel_reason  varchar(1000),
    updated_at     timestamp with time zone not null,
    version        integer       not null,
    constraint sub_order_producer_uk unique (order_id, producer_id),
    constraint sub_order_state_ck check (state in ('PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    constraint sub_order_subtotal_ck check (subtotal_vnd >= 0)
);
create index sub_order_order_ix on sub_order(order_id);
create index sub_order_producer_ix on sub_order(producer_id, state);

create table order_item (
    id               bigint        primary key,
    sub_order_id     bigint        not null references sub_order(id),
    product_id       bigint        not null references product(id),
    product_name     varchar(200)  not null,
    unit             varchar(60)   not null,
    unit_price_vnd   bigint        not null,
    quantity         integer       not null,
    line_total_vnd   bigint        not null,
    constraint order_item_quantity_ck check (quantity between 1 and 999),
    constraint order_item_price_ck check (unit_price_vnd >= 0 and line_total_vnd = unit_price_vnd * quantity)
);
create index order_item_sub_order_ix on order_item(sub_order_id);
create index order_item_product_ix on order_item(product_id);

-- Append-only: rows are inserted, never updated or deleted by the application.
create table order_transition (
    id             bigint        primary key,
    sub_order_id   bigint        not null references sub_order(id),
    from_state     varchar(20),
    to_state       varchar(20)   not null,
    actor_id       bigint        references account(id),
    actor_label    varchar(120)  not null,
    occurred_at    timestamp with time zone not null,
    reason         varchar(1000)
);
create index order_transition_sub_order_ix on order_transition(sub_order_id, occurred_at);
