-- source: Flink FlinkRelMdWindowProperties.getWindowProperties(Expand): a window column stays one only if it is an input reference in every Expand projection; the empty set () nulls window_start / window_end, so the aggregation is an ordinary GroupAggregate over the Expand (updating, window columns nullable); GroupAggFunction emission, by hand
-- pk: window_start,window_end,supplier_id
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, supplier_id, COUNT(*) AS c
FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY GROUPING SETS ((window_start, window_end, supplier_id), ());
