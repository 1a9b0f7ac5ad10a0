-- source: Flink JsonObjectAggFunction#accumulate (assertKeyNotPresent runs before ABSENT ON NULL skips the NULL value: a second row for key 'A' fails even with a NULL value)
-- fail: Key 'A' is already present. Duplicate keys are not allowed in JSON_OBJECTAGG.
CREATE TABLE t (k STRING, jk STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, JSON_OBJECTAGG(KEY jk VALUE v ABSENT ON NULL) AS j FROM t GROUP BY k;
