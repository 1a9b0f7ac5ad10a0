-- source: Flink FlinkChangelogModeInferenceProgram: an append-only sink (filesystem) refuses a GROUP BY that is not a window aggregation (window_start only): "Table sink 'default_catalog.default_database.out_t' doesn't support consuming update changes which is produced by node GroupAggregate("
-- fail: Table sink 'default_catalog.default_database.out_t' doesn't support consuming update changes which is produced by node GroupAggregate(
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE out_t (ws TIMESTAMP(3), c BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO out_t
SELECT window_start, COUNT(*)
FROM (SELECT * FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)))
GROUP BY window_start;
