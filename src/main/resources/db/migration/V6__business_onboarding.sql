-- Business onboarding: a producer registers online and stays PENDING until department staff
-- verify it or reject it with a written reason. Producers also carry their licences
-- (food-safety certificate, business registration, ...) with number, date and issuer.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

alter table producer add column submitted_at timestamp with time zone;
alter table producer add column decided_at timestamp with time zone;
alter table producer add column decided_by bigint;
alter table producer add column rejection_reason varchar(1000);

-- Producers from before online registration (seed data, operator imports) were submitted
-- when they were created; their decision was taken outside the platform (no decided_by).
update producer set submitted_at = created_at;
alter table producer alter column submitted_at set not null;

alter table producer add constraint producer_decided_by_fk foreign key (decided_by) references account(id);
alter table producer add constraint producer_rejection_ck
    check (status <> 'REJECTED' or (rejection_reason is not null and decided_at is not null));
-- One producer per tax code / registration number (a branch has its own 13-character code).
alter table producer add constraint producer_registration_number_uk unique (registration_number);
create index producer_review_ix on producer(status, submitted_at);

create table producer_licence (
    id              bigint       primary key,
    producer_id     bigint       not null references producer(id),
    kind            varchar(30)  not null,
    licence_number  varchar(60)  not null,
    issued_on       date         not null,
    issuer          varchar(200) not null,
    valid_until     date,
    constraint producer_licence_kind_ck check (kind in ('FOOD_SAFETY', 'BUSINESS_REGISTRATION', 'OTHER')),
    constraint producer_licence_validity_ck check (valid_until is null or valid_until >= issued_on)
);
create index producer_licence_producer_ix on producer_licence(producer_id);
