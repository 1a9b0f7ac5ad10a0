-- source: Flink FlinkTypeFactory.toLogicalType (a TIME(p) of Calcite becomes TimeType(0): "the planner supports precision 3, but for consistency with old planner, we set it to 0"), so CAST(x AS TIME(3)) is TIME(0) and prints without a fraction (TimeToStringCastRule with precision 0); TemporalTypesTest.testDateAndTime TIME '19:01:02.123' prints 19:01:02
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(s AS TIME(3)) AS a, CAST(CAST(s AS TIME(3)) AS STRING) AS b FROM t;
