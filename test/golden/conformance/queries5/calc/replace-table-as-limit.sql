-- source: Flink CalcITCase#test1 (CREATE OR REPLACE TABLE snk WITH (filesystem, json) AS (SELECT * FROM src LIMIT 10): a parenthesized query with LIMIT is accepted by RTAS); restated on a 3-row source read back from the sink: LIMIT 10 keeps all 3
-- order: any
CREATE TEMPORARY TABLE src (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE OR REPLACE TABLE snk WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json') AS (SELECT * FROM src LIMIT 10);
SELECT * FROM snk;
