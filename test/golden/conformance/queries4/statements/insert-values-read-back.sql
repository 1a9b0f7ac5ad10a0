-- source: Flink sql-client insert.q (streaming INSERT INTO a csv filesystem table from VALUES, then SELECT * reads the 7 rows back)
-- order: any
CREATE TABLE StreamingTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '${tmpdir}',
  'format' = 'csv'
);
INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
SELECT * FROM StreamingTable;
