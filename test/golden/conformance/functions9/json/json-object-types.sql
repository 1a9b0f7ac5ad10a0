-- source: Flink JsonFunctionsITCase jsonObjectSpec: JSON_OBJECT() is {}, NULL ON NULL / ABSENT ON NULL, and one member of each type with nested JSON_OBJECT / JSON_ARRAY values inserted as JSON (the structured-type and internal-row members need UDFs and are left out); STRING NOT NULL
CREATE TABLE t (f0 STRING, f1 BOOLEAN, f2 INT, f3 DOUBLE, f4 DECIMAL(3, 2), f5 TIMESTAMP(3), f6 TIMESTAMP_LTZ(3), f7 ARRAY<STRING>, f8 ROW<f0 STRING, f1 TIMESTAMP_LTZ(3)>, f9 MAP<STRING, STRING>, f10 MULTISET<STRING>, f11 BINARY(4), f12 VARBINARY(4), f13 ROW<f0 ARRAY<ROW<f0 INT, f1 INT>>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_OBJECT() AS o0,
       JSON_OBJECT(KEY 'K' VALUE CAST(NULL AS STRING) NULL ON NULL) AS o1,
       JSON_OBJECT(KEY 'K' VALUE CAST(NULL AS STRING) ABSENT ON NULL) AS o2,
       JSON_OBJECT('A' VALUE f0, 'B' VALUE f1, 'C' VALUE f2, 'D' VALUE f3, 'E' VALUE f4, 'F' VALUE f5, 'G' VALUE f6, 'H' VALUE f7, 'I' VALUE f8, 'J' VALUE f9, 'K' VALUE f10, 'L' VALUE f11, 'M' VALUE f12, 'N' VALUE f13, 'O' VALUE JSON_OBJECT(KEY 'A' VALUE 'B'), 'P' VALUE JSON_ARRAY('A', JSON_OBJECT('K' VALUE 'V'))) AS o3
FROM t;
