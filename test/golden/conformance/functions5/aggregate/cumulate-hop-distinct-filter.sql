-- source: Flink docs (Window Aggregation: CUMULATE and HOP over the Bid table) with DISTINCT / FILTER / LISTAGG / MAX / MIN per window (slices merged in order), every window fired by the final watermark; computed by hand
-- order: any
CREATE TABLE Bid (ts TIMESTAMP(3), item STRING, price INT, WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, COUNT(DISTINCT item) AS di, SUM(price) FILTER (WHERE item <> 'A') AS sf, MAX(price) AS mx, LISTAGG(item) AS li, COUNT(DISTINCT item) FILTER (WHERE price > 2) AS dif
FROM TABLE(CUMULATE(TABLE Bid, DESCRIPTOR(ts), INTERVAL '4' MINUTES, INTERVAL '8' MINUTES))
GROUP BY window_start, window_end;
SELECT window_start, window_end, COUNT(DISTINCT item) AS di, SUM(DISTINCT price) AS sd, MIN(item) AS mi
FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(ts), INTERVAL '4' MINUTES, INTERVAL '8' MINUTES))
GROUP BY window_start, window_end;
