-- source: Flink DateTimeUtils.parseDate via BinaryStringDataUtil.toDate (CAST / TRY_CAST to DATE: text after the first space at index > 0 is dropped, each '-' part trimmed, a missing month or day is 1, an impossible date or a non-digit part fails, so TRY_CAST gives NULL); TemporalTypesTest.testTimePointLiterals CAST('1500-04-30' AS DATE)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TRY_CAST(s AS DATE) AS d FROM t;
