-- Tables for the pgbench baselines, beside the forum's own schema in the same cluster.
-- psql variables: rows (timeline rows, as many as the forum's seeded events), streams (for the command script).
drop schema if exists bench cascade;
create schema bench;

-- pg_insert_tps: one JSONB row per transaction, the shape of an event row without Marten's extra columns.
create table bench.inserts (id bigserial primary key, data jsonb not null);

-- pg_command_tps: a stream table, an event table and a read-model table, as Marten keeps them.
create table bench.streams (id uuid primary key, version bigint not null);
create table bench.events (
  seq bigserial primary key, stream_id uuid not null references bench.streams(id), version bigint not null, data jsonb not null,
  unique (stream_id, version));
create table bench.docs (id uuid primary key, data jsonb not null);
insert into bench.streams select md5(n::text)::uuid, 0 from generate_series(0, :streams - 1) n;
insert into bench.docs select md5(n::text)::uuid, '{"text": "Hvem har erfaring med flextrafik?", "version": 0}' from generate_series(0, :streams - 1) n;

-- pg_page_tps: timeline entries of many themes; every tenth row belongs to one large theme, the rest to 499 others,
-- interleaved as a forum's themes are. The index is the ideal one, (theme, sequence).
create table bench.timeline (id bigint primary key, theme_id uuid not null, data jsonb not null);
insert into bench.timeline
select n,
       case when n % 10 = 0 then '00000000-0000-0000-0000-000000000001'::uuid else md5((n % 499)::text)::uuid end,
       jsonb_build_object(
         'id', n, 'themeId', case when n % 10 = 0 then '00000000-0000-0000-0000-000000000001' else md5((n % 499)::text) end,
         'time', now() - make_interval(secs => (:rows - n)), 'type', 'post.published',
         'actorId', md5((n % 64)::text)::uuid, 'actorRole', 'member', 'subjectMemberId', null, 'itemId', md5(n::text)::uuid,
         'summary', 'Startede en tråd: «Hvem har erfaring med flextrafik på tværs af kommunegrænser? Vi overvejer en fælles ordning»')
from generate_series(1, :rows) n;
create index on bench.timeline (theme_id, id);
vacuum analyze bench.inserts, bench.streams, bench.events, bench.docs, bench.timeline;
