-- source: Flink GroupWindowTest#testWindowAggWithGroupSets (group windows are not rewritten under grouping sets: Flink fails in code generation; Eddy refuses at validation and points to the window TVF)
-- fail: 11:42 GROUPING SETS, ROLLUP and CUBE are not supported with a group window function
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY ROLLUP(TUMBLE(bidtime, INTERVAL '15' MINUTE), item);
