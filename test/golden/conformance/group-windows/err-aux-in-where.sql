-- source: Calcite SqlValidatorImpl.validateNoAggs (RESOURCE.groupFunctionMustAppearInGroupByClause): an auxiliary group function in WHERE
-- fail: 11:32 Group function 'TUMBLE_END' can only appear in GROUP BY clause
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid WHERE TUMBLE_END(bidtime, INTERVAL '10' MINUTE) > TIMESTAMP '2020-04-15 08:00:00' GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);
