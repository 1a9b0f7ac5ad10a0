-- source: Flink DateTimeUtils.parseTime via BinaryStringDataUtil.toTime (CAST to TIME: parts trimmed, missing minutes / seconds are 0, no range check so 25:00:00 stays 25 hours, a trailing -hh[:mm] / +hh[:mm] is added to the hours with the sign as written, the milliseconds round on the fourth digit); TemporalTypesTest CAST('1:30:00' AS TIME) 01:30:00
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TRY_CAST(s AS TIME) AS tm FROM t;
