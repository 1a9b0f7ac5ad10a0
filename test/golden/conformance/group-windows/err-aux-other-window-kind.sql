-- source: Calcite's auxiliaryWithoutMatchingGroupCall: HOP_START needs a HOP group window, not a TUMBLE one
-- fail: 11:8 Call to auxiliary group function 'HOP_START' must have matching call to group function '$HOP' in GROUP BY clause
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT HOP_START(bidtime, INTERVAL '10' MINUTE), COUNT(*) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
