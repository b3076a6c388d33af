-- pg_page_tps: the timeline page's core query, an indexed range read of 50 entries of the large theme from a
-- random cursor. The large theme holds every tenth row, so 600 rows from the end still leave a full page.
\set c random(0, :rows - 600)
SELECT id, data FROM bench.timeline WHERE theme_id = '00000000-0000-0000-0000-000000000001' AND id > :c ORDER BY id LIMIT 51;
