-- source: Flink DateTimeUtils.parseTimestampData(text, format) (DateTimeFormatter.ofPattern with java.time's SMART resolver: a day past the month's end is the month's last day (IsoChronology.resolveYMD), 24:00:00 is the next day's midnight (Parsed.resolveTime)); by hand
CREATE TABLE t (
  s STRING,
  f STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT s, TO_TIMESTAMP(s, f) AS ts FROM t;
