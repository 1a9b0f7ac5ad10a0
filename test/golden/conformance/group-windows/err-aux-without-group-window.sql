-- source: Calcite SqlValidatorImpl (RESOURCE.auxiliaryWithoutMatchingGroupCall): an auxiliary function without its group window in GROUP BY; Flink's group function is named $TUMBLE
-- fail: 11:14 Call to auxiliary group function 'TUMBLE_START' must have matching call to group function '$TUMBLE' in GROUP BY clause
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item, TUMBLE_START(bidtime, INTERVAL '10' MINUTE) FROM Bid GROUP BY item;
