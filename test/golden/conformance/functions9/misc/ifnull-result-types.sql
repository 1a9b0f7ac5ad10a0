-- source: Flink MiscFunctionsITCase IF_NULL (f0 INT NULL, f1 DECIMAL(5, 2) NOT NULL 123.45): IFNULL takes the common type of both (DECIMAL(12, 2): INT is DECIMAL(10, 0)), NOT NULL when the fallback is
CREATE TABLE t (f0 INT, f1 DECIMAL(5, 2) NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT IFNULL(f0, f0) AS i0,
       IFNULL(f0, f1) AS i1,
       IFNULL(f1, f0) AS i2,
       IFNULL(f0, 12) AS i3
FROM t;
