-- source: Flink sql-client set.q ('test "ctas"': CREATE TABLE foo WITH (filesystem csv) AS SELECT id FROM (VALUES (1)) T(id); RESET 'table.dml-sync'; SELECT * FROM foo gives 1)
SET 'table.dml-sync' = 'true';
CREATE TABLE foo with(
  'connector' = 'filesystem',
  'path' = '${tmpdir}',
  'format' = 'csv'
) as select id FROM (VALUES (1)) T(id);
RESET 'table.dml-sync';
SELECT * from foo;
