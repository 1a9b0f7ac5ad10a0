-- source: Flink JsonObjectAggFunction.assertKeyNotPresent (a key given twice in one group fails the job: "Key '%s' is already present. Duplicate keys are not allowed in JSON_OBJECTAGG. Please ensure that keys are unique.")
-- fail: Key 'A' is already present. Duplicate keys are not allowed in JSON_OBJECTAGG
SELECT JSON_OBJECTAGG(f0 VALUE f1) AS j
FROM (VALUES ('A', 1), ('A', 2)) AS T(f0, f1);
