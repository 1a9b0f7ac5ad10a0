-- source: Flink DateTimeUtils.parseDate(text, format) (TO_DATE with a format parses with a lenient SimpleDateFormat in UTC: February 30 is March 1st, month 13 January of the next year, trailing text ignored); by hand
CREATE TABLE t (
  s STRING,
  f STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TO_DATE(s, f) AS d FROM t;
