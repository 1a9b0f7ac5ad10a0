-- source: Flink PullUpWindowTableFunctionIntoWindowAggregateRule.validateWindow (TableException, no position): a SESSION window aggregation must group by window_start, window_end and exactly the TVF's PARTITION BY keys: 'Group keys of Window Aggregate should contain and only contain window_start, window_end and partition keys of session window.\nSession partition keys are [...].\nWindow Aggregate group keys are [..., window_start, window_end].'; PARTITION BY supplier_id, grouped by item
-- fail: Group keys of Window Aggregate should contain and only contain window_start, window_end and partition keys of session window.
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT window_start, window_end, item, COUNT(*) AS c
FROM TABLE(SESSION(TABLE Bid PARTITION BY supplier_id, DESCRIPTOR(bidtime), INTERVAL '2' MINUTES))
GROUP BY window_start, window_end, item;
