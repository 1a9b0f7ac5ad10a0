-- source: Flink JsonFunctionsITCase jsonArraySpec: JSON_ARRAY() is [], NULL ON NULL / ABSENT ON NULL, and one element of each type with nested JSON_ARRAY / JSON_OBJECT inserted as JSON (the structured-type element needs a UDF and is left out); STRING NOT NULL
CREATE TABLE t (f0 STRING, f1 BOOLEAN, f2 INT, f3 DOUBLE, f4 DECIMAL(3, 2), f5 TIMESTAMP(3), f6 TIMESTAMP_LTZ(3), f7 ARRAY<STRING>, f8 ROW<f0 STRING, f1 TIMESTAMP_LTZ(3)>, f9 MAP<STRING, STRING>, f10 MULTISET<STRING>, f11 BINARY(4), f12 VARBINARY(4), f13 ROW<f0 ARRAY<ROW<f0 INT, f1 INT>>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_ARRAY() AS a0,
       JSON_ARRAY(CAST(NULL AS STRING) NULL ON NULL) AS a1,
       JSON_ARRAY(CAST(NULL AS STRING) ABSENT ON NULL) AS a2,
       JSON_ARRAY(f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, JSON_ARRAY('V'), JSON_OBJECT('K' VALUE JSON_ARRAY('V'))) AS a3
FROM t;
