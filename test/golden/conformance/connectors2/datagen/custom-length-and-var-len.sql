-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; testVariableLengthDataGeneration (var-len lengths within 1..length); by hand
-- order: final
CREATE TABLE g (s STRING, v VARCHAR(20)) WITH ('connector' = 'datagen', 'number-of-rows' = '200', 'fields.s.length' = '9999', 'fields.v.var-len' = 'true');
SELECT COUNT(*) AS n, MIN(CHAR_LENGTH(s)) = 9999 AND MAX(CHAR_LENGTH(s)) = 9999 AS s_ok, MIN(CHAR_LENGTH(v)) >= 1 AND MAX(CHAR_LENGTH(v)) <= 20 AS v_ok FROM g;
