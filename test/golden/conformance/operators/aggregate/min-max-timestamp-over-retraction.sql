-- source: Flink MinWithRetractAggFunction / MaxWithRetractAggFunction on TIMESTAMP(3) over an updating input (a's 10:00 is retracted when 11:00 arrives); final rows by hand
-- order: final
CREATE TABLE T (k STRING, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MIN(ts) AS lo, MAX(ts) AS hi, COUNT(*) AS n FROM (SELECT k, MAX(ts) AS ts FROM T GROUP BY k);
