-- Carts of logged-in accounts: one row per product in the cart, kept across logins and devices.
-- (Anonymous shoppers' carts live in the HTTP session and are merged in here on login.)
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

create table cart_line (
    id           bigint  primary key,
    account_id   bigint  not null references account(id),
    product_id   bigint  not null references product(id),
    quantity     integer not null,
    -- the unit price the shopper saw when adding, to show a change since
    price_added  bigint  not null,
    added_at     timestamp with time zone not null,
    constraint cart_line_account_product_uk unique (account_id, product_id),
    constraint cart_line_quantity_ck check (quantity between 1 and 999),
    constraint cart_line_price_ck check (price_added >= 0)
);
create index cart_line_product_ix on cart_line(product_id);
