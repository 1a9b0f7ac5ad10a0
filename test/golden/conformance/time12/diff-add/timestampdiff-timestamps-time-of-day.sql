-- source: Flink DateTimeUtils.subtractMonths(long, long) (on the same day of month the month only counts when the end's time of day is not earlier: 2024-01-15 10:00 to 2024-02-15 09:59:59 is 0 months, to 10:00:00 1; and from 01:02:03.123 back to 00:00:00 of the same day -1: x = 0, addMonths(d1, 0) == d0 and millis0 < millis1, so x is decremented whichever way the operands go); DAY / HOUR / SECOND truncate the millisecond difference toward zero (TemporalTypesTest.testTimestampLtzArithmetic: MINUTE from 01:02:03.123 to 00:00:00 is -62, SECOND from 00:00:00.123 to 00:02:03.234 123); by hand
CREATE TABLE t (
  a TIMESTAMP(3),
  b TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMPDIFF(MONTH, a, b) AS m, TIMESTAMPDIFF(DAY, a, b) AS d, TIMESTAMPDIFF(HOUR, a, b) AS h, TIMESTAMPDIFF(MINUTE, a, b) AS mi, TIMESTAMPDIFF(SECOND, a, b) AS s FROM t;
