-- source: Flink RowTypeTest testUnsupportedCastSqlApi ("Cast function cannot convert value")
-- fail: 4:8 Cast function cannot convert value
CREATE TABLE t (f5 ROW<f0 STRING, f1 BOOLEAN>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(f5 AS BIGINT) AS x FROM t;
