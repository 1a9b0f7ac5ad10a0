-- source: Flink MathFunctionsITCase (TIMES): f1 * 3 and f2 * interval '3' second(3) are INTERVAL SECOND(3) (FlinkTypeFactory.toLogicalType maps every day-time interval to INTERVAL SECOND(3), every year-month one to INTERVAL MONTH); value PT6S printed as Flink's CAST(interval AS STRING)
CREATE TABLE t (
  f2 INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f2 * interval '3' second(3) AS a, CAST(f2 * interval '3' second(3) AS STRING) AS b, f2 * INTERVAL '1' YEAR AS c FROM t;
