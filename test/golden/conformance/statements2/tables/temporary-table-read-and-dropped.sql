-- source: Flink docs dev/table/sql/create (a temporary table lives in the session and shadows a permanent one of the same path); drop.md (DROP TEMPORARY TABLE)
CREATE TABLE src (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '5');
CREATE TEMPORARY TABLE src (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '2', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '2');
SELECT a FROM src;
DROP TEMPORARY TABLE src;
SHOW TABLES;
