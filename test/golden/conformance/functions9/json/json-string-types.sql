-- source: Flink JsonFunctionsITCase jsonStringSpec: JSON_STRING of each type (timestamps ISO with T, TIMESTAMP_LTZ with Z, bytes base64, rows as objects of their field names, MULTISET as an object of counts); STRING NOT NULL on NOT NULL input, nullable STRING for NULL
CREATE TABLE t (f0 STRING NOT NULL, f1 BOOLEAN NOT NULL, f2 INT NOT NULL, f3 DOUBLE NOT NULL, f4 DECIMAL(3, 2) NOT NULL, f5 TIMESTAMP(3) NOT NULL, f6 TIMESTAMP_LTZ(3) NOT NULL, f7 ARRAY<STRING> NOT NULL, f8 ROW<f0 STRING, f1 TIMESTAMP_LTZ(3)> NOT NULL, f9 MAP<STRING, STRING> NOT NULL, f10 MULTISET<STRING> NOT NULL, f11 BINARY(4) NOT NULL, f12 VARBINARY(4) NOT NULL, f13 ROW<f0 ARRAY<ROW<f0 INT, f1 INT>>> NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_STRING(CAST(NULL AS STRING)) AS n,
       JSON_STRING(f0) AS s0,
       JSON_STRING(f1) AS s1,
       JSON_STRING(f2) AS s2,
       JSON_STRING(f3) AS s3,
       JSON_STRING(f4) AS s4,
       JSON_STRING(f5) AS s5,
       JSON_STRING(f6) AS s6,
       JSON_STRING(f7) AS s7,
       JSON_STRING(f8) AS s8,
       JSON_STRING(f9) AS s9,
       JSON_STRING(f10) AS s10,
       JSON_STRING(f11) AS s11,
       JSON_STRING(f12) AS s12,
       JSON_STRING(f13) AS s13
FROM t;
