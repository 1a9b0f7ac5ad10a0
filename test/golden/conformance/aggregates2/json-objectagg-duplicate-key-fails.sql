-- source: Flink JsonObjectAggFunction#assertKeyNotPresent (TableException at accumulate when the group already holds the key)
-- fail: Key 'A' is already present. Duplicate keys are not allowed in JSON_OBJECTAGG. Please ensure that keys are unique.
CREATE TABLE t (k STRING, jk STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, JSON_OBJECTAGG(KEY jk VALUE v) AS j FROM t GROUP BY k;
