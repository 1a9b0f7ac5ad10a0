-- source: Flink docs (Group Window Aggregation: auxiliary functions must be called with exactly the same arguments as the group window function in GROUP BY); Calcite's auxiliaryWithoutMatchingGroupCall
-- fail: 11:8 Call to auxiliary group function 'TUMBLE_END' must have matching call to group function '$TUMBLE' in GROUP BY clause
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TUMBLE_END(bidtime, INTERVAL '5' MINUTE), COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
