-- source: Flink JsonObjectAggFunction (retract removes the key's member when the retracted value is the one held; getValue serialises through SqlJsonUtils.serializeJson, members sorted by key) and JsonAggregationFunctionsITCase "Retractions"; the inner SUM's -U/+U retract and re-add B; changelog by GroupAggFunction's rules, by hand
-- order: strict
CREATE TABLE t (
  k STRING,
  v INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_OBJECTAGG(k VALUE s) AS j FROM (SELECT k, SUM(v) AS s FROM t GROUP BY k);
