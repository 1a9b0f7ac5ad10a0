-- source: Flink AggregateRemoveITCase#testSimple (Flink removes the aggregate over the unique key a; without that statistic the group aggregation gives the same final rows of the retract sink)
-- order: final
CREATE TABLE T (a INT, b INT, c STRING, d STRING) WITH ('connector' = 'filesystem', 'path' = '${input:T}', 'format' = 'json');
CREATE TABLE MyTable (a INT, b BIGINT, c STRING) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable}', 'format' = 'json');
CREATE TABLE MyTable2 (a INT, b BIGINT, c INT, d STRING, e BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input:MyTable2}', 'format' = 'json');
SELECT a, b FROM T GROUP BY a, b;
SELECT a, b + 1, c, s FROM (SELECT a, MIN(b) AS b, SUM(b) AS s, MAX(c) AS c FROM MyTable2 GROUP BY a);
SELECT a, SUM(b) AS s FROM MyTable2 GROUP BY a;
SELECT a, b + 1, c, s FROM (SELECT a, MIN(b) AS b, SUM(b) AS s, MAX(c) AS c FROM MyTable GROUP BY a);
