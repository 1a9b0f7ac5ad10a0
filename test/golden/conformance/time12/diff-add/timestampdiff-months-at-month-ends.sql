-- source: Flink DateTimeUtils.subtractMonths (the largest m with addMonths(start, m) <= end, addMonths clamping to the month's last day: 2024-01-31 to 2024-02-29 is 1 month, to 2024-02-28 0; 2024-03-31 back to 2024-02-29 -1; 2020-02-29 to 2021-02-28 12 months = 1 year; TemporalTypesTest.testTimestampDiff 2019-09-01 to 2016-08-01 is -37)
CREATE TABLE t (
  a DATE,
  b DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, b, TIMESTAMPDIFF(MONTH, a, b) AS m, TIMESTAMPDIFF(YEAR, a, b) AS y, TIMESTAMPDIFF(QUARTER, a, b) AS q FROM t;
