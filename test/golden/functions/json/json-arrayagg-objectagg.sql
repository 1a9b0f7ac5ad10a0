-- source: Flink docs, System (Built-in) Functions (collection / JSON / value construction / value access); by hand; group aggregation changelog by hand; result type VARCHAR(2000) NOT NULL as JsonAggregationFunctionsITCase declares it
-- pk: k
CREATE TABLE t (
  k STRING,
  i INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, JSON_ARRAYAGG(i) AS arr, JSON_OBJECTAGG(KEY CAST(i AS STRING) VALUE k) AS obj FROM t GROUP BY k;
