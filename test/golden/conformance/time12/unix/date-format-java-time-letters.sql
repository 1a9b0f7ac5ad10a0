-- source: Flink DateTimeUtils.formatTimestamp (DATE_FORMAT of a TIMESTAMP is LocalDateTime.format(DateTimeFormatter.ofPattern(format)), so java.time's letters: Q 2 / QQQ Q2 / QQQQ 2nd quarter, GGGG Anno Domini, MMMMM and EEEEE the narrow forms, n nano-of-second, N nano-of-day, A milli-of-day, u the year; an optional section [...] prints when its fields are there and is left out when they are not, as a zone of a LocalDateTime); by hand
CREATE TABLE t (
  s STRING,
  ts AS CAST(s AS TIMESTAMP(9))
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE_FORMAT(ts, 'Q QQ QQQ QQQQ') AS q, DATE_FORMAT(ts, 'G GGGG MMMMM EEEEE') AS g, DATE_FORMAT(ts, 'n N A') AS n, DATE_FORMAT(ts, 'uuuu-MM-dd[ HH:mm][ z]') AS o FROM t;
