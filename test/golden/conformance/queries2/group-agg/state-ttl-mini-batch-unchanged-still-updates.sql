-- source: Flink MiniBatchGroupAggFunction.finishBundle: 'if (stateRetentionTime <= 0 && equaliser.equals(prevAggValue, newAggValue))' emits nothing, else -U/+U, as GroupAggFunction; with table.exec.mini-batch.size 1 every record is its own bundle (CountBundleTrigger), so the changelog is the one without mini-batch; by hand
-- pk: supplier_id
SET 'table.exec.state.ttl' = '1 h';
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 h';
SET 'table.exec.mini-batch.size' = '1';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT supplier_id, MAX(price) AS m FROM Bid GROUP BY supplier_id;
