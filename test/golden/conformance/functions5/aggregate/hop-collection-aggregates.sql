-- source: Flink docs (Window Aggregation: HOP over the Bid table) with ARRAY_AGG, COLLECT (MULTISET printed in HashMap order), JSON_ARRAYAGG (VARCHAR(2000) NOT NULL), LISTAGG(DISTINCT …, '|'), FIRST_VALUE, LAST_VALUE per window: a HOP window merges its two slices in time order; computed by hand
-- order: any
CREATE TABLE Bid (ts TIMESTAMP(3), item STRING, price INT, WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, ARRAY_AGG(item) AS items, COLLECT(price) AS prices, JSON_ARRAYAGG(item) AS j, LISTAGG(DISTINCT item, '|') AS ld, FIRST_VALUE(item) AS fi, LAST_VALUE(item) AS la
FROM TABLE(HOP(TABLE Bid, DESCRIPTOR(ts), INTERVAL '4' MINUTES, INTERVAL '8' MINUTES))
GROUP BY window_start, window_end;
