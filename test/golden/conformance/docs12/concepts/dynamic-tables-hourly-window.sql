-- source: docs/content/docs/dev/table/concepts/dynamic_tables.md (Continuous Queries, second query: hourly tumbling window per user; four rows between 12:00:00 and 12:59:59 give two result rows, one per user, three rows of the next hour give two more; the result is append-only); rows by hand to fit that description
-- order: any
CREATE TABLE clicks (
  `user` VARCHAR,
  url VARCHAR,
  cTime TIMESTAMP(3),
  WATERMARK FOR cTime AS cTime
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT `user`, TUMBLE_END(cTime, INTERVAL '1' HOURS) AS endT, COUNT(url) AS cnt
FROM clicks
GROUP BY `user`, TUMBLE(cTime, INTERVAL '1' HOURS);
