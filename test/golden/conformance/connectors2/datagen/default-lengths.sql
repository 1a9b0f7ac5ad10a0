-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; testVariableLengthDataType / testFixedLengthDataType (VARCHAR(n) and CHAR(n) generate n characters, STRING 100, VARBINARY(n) n bytes); by hand
-- order: final
CREATE TABLE g (c CHAR(50), v VARCHAR(30), s STRING, vb VARBINARY(20), b BINARY(40)) WITH ('connector' = 'datagen', 'number-of-rows' = '20');
SELECT COUNT(*) AS n, MIN(CHAR_LENGTH(c)) = 50 AND MAX(CHAR_LENGTH(c)) = 50 AS c_ok, MIN(CHAR_LENGTH(v)) = 30 AND MAX(CHAR_LENGTH(v)) = 30 AS v_ok, MIN(CHAR_LENGTH(s)) = 100 AND MAX(CHAR_LENGTH(s)) = 100 AS s_ok FROM g;
