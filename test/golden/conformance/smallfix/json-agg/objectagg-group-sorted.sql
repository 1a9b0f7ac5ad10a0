-- source: Flink JsonAggregationFunctionsITCase "Group Aggregation" (JSON_OBJECTAGG(f1 VALUE f2) GROUP BY f0, type VARCHAR(2000) NOT NULL; expected 1,{"A":0,"B":0} 2,{"A":0,"C":0}) with the keys arriving out of order (SqlJsonUtils.serializeJson sorts members by key); changelog by GroupAggFunction's rules
-- pk: f0
CREATE TABLE t (
  f0 INT,
  f1 STRING,
  f2 INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0, JSON_OBJECTAGG(f1 VALUE f2) AS j FROM t GROUP BY f0;
