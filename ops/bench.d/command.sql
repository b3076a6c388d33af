-- pg_command_tps: the least SQL one command needs, in one transaction: read the stream's version and the
-- read-model row, insert the event, bump the stream's version (checked, as Marten does), upsert the read model.
-- Each client keeps to its own streams (pgbench's client_id, at most :max_clients clients), so no two clients
-- collide on a stream version: pgbench would abort a client on the unique violation.
\set s random(0, :streams_per_client - 1) * :max_clients + :client_id
BEGIN;
SELECT version AS v FROM bench.streams WHERE id = md5(cast(:s as text))::uuid \gset
SELECT data FROM bench.docs WHERE id = md5(cast(:s as text))::uuid;
INSERT INTO bench.events (stream_id, version, data) VALUES (md5(cast(:s as text))::uuid, :v + 1, '{"decisionId": "0193a1f2-7c4e-7d2a-9b1e-5f3c2a1d0e9f", "themeId": "0193a1f0-1b2c-7d3e-8f4a-5b6c7d8e9f0a", "memberId": "0193a1e0-aaaa-7bbb-8ccc-dddddddddddd", "level": "kommune", "body": "Aarhus Kommune", "position": "support", "reason": "Vi har gode erfaringer med det.", "takenAt": "2026-11-30T09:31:32.123456+00:00"}');
UPDATE bench.streams SET version = :v + 1 WHERE id = md5(cast(:s as text))::uuid AND version = :v;
INSERT INTO bench.docs (id, data) VALUES (md5(cast(:s as text))::uuid, '{"text": "Hvem har erfaring med flextrafik på tværs af kommunegrænser?", "positions": 1}')
  ON CONFLICT (id) DO UPDATE SET data = excluded.data;
COMMIT;
