-- source: Flink ScalarOperatorsTest#testTemporalTypeEqualsStringType (f15 = uuid() is NULL for a DATE f15; f15 = '1996-11-10' is TRUE)
CREATE TABLE t (
  d DATE,
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT d = s AS a, s = d AS b, d = '1996-11-10' AS c FROM t;
