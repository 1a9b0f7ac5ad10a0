-- source: Flink sql-gateway repeated_dql.q (streaming part: a CSV filesystem table filled by INSERT … VALUES, then each query twice: the rows in file order, and FIRST_VALUE per id, +I only since a group's first value never changes)
SET 'table.dml-sync' = 'true';
SET 'execution.runtime-mode' = 'streaming';
create table StreamingTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '${tmpdir}/streaming',
  'format' = 'csv'
);
INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
SELECT * FROM StreamingTable;
SELECT * FROM StreamingTable;
SELECT id, FIRST_VALUE(str) AS str FROM StreamingTable GROUP BY id;
SELECT id, FIRST_VALUE(str) AS str FROM StreamingTable GROUP BY id;
