-- source: Flink docs, dev/table/sql/queries/with (a WITH query used twice in UNION ALL)
-- order: any
CREATE TABLE src (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH c AS (SELECT a FROM src) SELECT a FROM c UNION ALL SELECT a * 100 FROM c;
