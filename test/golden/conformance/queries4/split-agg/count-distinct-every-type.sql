-- source: Flink SplitAggregateITCase#testCountDistinct (TIMESTAMP, DATE, TIME, DECIMAL, INT, BIGINT, STRING columns) (split distinct aggregation on, mini-batch on: the retract sink's final rows, which Flink asserts equal the unsplit ones)
-- order: final
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '3';
SET 'table.optimizer.distinct-agg.split.enabled' = 'true';
CREATE TABLE MyTable (id INT, a TIMESTAMP(3), b DATE, c TIME, d DECIMAL(38, 18), e INT, f BIGINT, g STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
 id,
 count(distinct a),
 count(distinct b),
 count(distinct c),
 count(distinct d),
 count(distinct e),
 count(distinct f),
 count(distinct g)
FROM MyTable
GROUP BY id;
