-- source: Flink docs (Window Aggregation, TUMBLE over the Bid table) with the aggregate functions of the Aggregate Functions page: DISTINCT and FILTER inside a window aggregation, ARRAY_AGG IGNORE NULLS, LISTAGG and COLLECT per window (insert-only, one row per window when the final watermark fires it); the 08:08 row arrives after the watermark passed 08:10 and is dropped as late; computed by hand
-- order: any
CREATE TABLE Bid (ts TIMESTAMP(3), item STRING, price INT, note STRING, WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end,
  COUNT(DISTINCT item) AS items, SUM(DISTINCT price) AS sdp, SUM(price) FILTER (WHERE item <> 'A') AS snota,
  COUNT(note) AS notes, COUNT(DISTINCT note) FILTER (WHERE price > 1) AS dn,
  LISTAGG(item, '-') AS li, ARRAY_AGG(note IGNORE NULLS) AS an, ARRAY_AGG(note) AS aa, COLLECT(note) AS cn,
  MAX(price) FILTER (WHERE note IS NULL) AS mxnull
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(ts), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
