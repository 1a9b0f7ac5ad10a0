-- source: Flink BangEqualITCase#testBangEqual (FlinkSqlConformance allows '!=': WHERE a != 2 keeps 1, 3, 4, 5)
CREATE TABLE T1 (a int, b varchar) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a,b FROM T1 WHERE a != 2;
