-- source: Flink docs, dev/table/sql/queries/select (table alias with a column list: (subquery) AS t(x, y))
CREATE TABLE src (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT x, y FROM (SELECT a, b FROM src) AS t(x, y) WHERE x > 1;
