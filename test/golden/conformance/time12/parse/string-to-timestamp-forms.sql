-- source: Flink DateTimeUtils.parseTimestampData via BinaryStringDataUtil.toTimestamp (DEFAULT_TIMESTAMP_FORMATTER 'yyyy-[MM][M]-[dd][d][ [HH][H]:[mm][m]:[ss][s][.fraction]]', java.time SMART resolution clamps a day past the month's end, the fraction is cut to the precision; no trimming, so a leading or trailing blank, a 'T' or a missing seconds field fails and TRY_CAST is NULL); TemporalTypesTest CAST('1999-9-10' AS TIMESTAMP)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TRY_CAST(s AS TIMESTAMP(3)) AS ts FROM t;
