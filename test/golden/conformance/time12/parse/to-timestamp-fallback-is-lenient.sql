-- source: Flink DateTimeUtils.parseTimestampData(text, format) (when the format does not parse, e.g. 'MM' wants exactly two digits, the trimmed text goes to java.sql.Timestamp.valueOf, or java.sql.Date.valueOf without a space: a 4-digit year, a 1-2 digit month and day, h:m:s[.f]; their deprecated Date constructor is lenient, so 1999-9-31 is October 1st, 1999-2-30 March 2nd and 24:30:00 the next day's 00:30; a text neither reads is NULL); TemporalTypesTest.testTimePointLiterals's '1999-9-10 05:20:10' case; by hand
CREATE TABLE t (
  s STRING,
  f STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TO_TIMESTAMP(s, f) AS ts FROM t;
