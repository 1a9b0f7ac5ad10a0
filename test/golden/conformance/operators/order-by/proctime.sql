-- source: Flink TemporalSortITCase#testProcTimeOrderBy (ORDER BY proctime keeps arrival order; tupleData3)
CREATE TABLE T (a INT, b BIGINT, c STRING, proctime AS PROCTIME()) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, c FROM T ORDER BY proctime;
