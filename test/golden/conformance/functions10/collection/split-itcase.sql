-- source: Flink CollectionFunctionsITCase splitTestCases (f0 '123,123,23' NOT NULL, f1 NULL, f2 ',123,123' NOT NULL, f3 ',123,123,' NOT NULL, f5 '12345' NOT NULL, f6 ',123,,,123,' NOT NULL): empty strings kept at both ends and between delimiters, '' splits into characters, a NULL argument gives NULL; ARRAY<STRING> NOT NULL when both arguments are
CREATE TABLE t (f0 STRING NOT NULL, f1 STRING, f2 STRING NOT NULL, f3 STRING NOT NULL, f5 STRING NOT NULL, f6 STRING NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SPLIT(f0, ',') AS s0,
       SPLIT(f0, NULL) AS s1,
       SPLIT(f0, '') AS s2,
       SPLIT(f1, ',') AS s3,
       SPLIT(f1, null) AS s4,
       SPLIT(f2, ',') AS s5,
       SPLIT(f3, ',') AS s6,
       SPLIT(f5, ',') AS s7,
       SPLIT(f6, ',') AS s8
FROM t;
