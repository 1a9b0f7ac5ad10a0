-- source: Flink GroupAggFunction.processElement: 'if (stateRetentionTime <= 0 && equaliser.equals(prevAggValue, newAggValue)) return;' - with table.exec.state.ttl above 0 an unchanged result is emitted again as -U/+U (to keep downstream state alive); by hand; SELECT DISTINCT is a GroupAggregate without calls, so each repeated value is emitted again as -U/+U
-- pk: supplier_id
SET 'table.exec.state.ttl' = '1 d';
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DISTINCT supplier_id FROM Bid;
