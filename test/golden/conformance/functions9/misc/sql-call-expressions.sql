-- source: Flink MiscFunctionsITCase "SQL call" (f0 INT NULL, f1 INT NOT NULL 12, f2 STRING NOT NULL 'Hello World'): callSql("f2 || '!'"), callSql("ABS(f0)"), UPPER(f2) + LOWER(f2) substring(2, 20), restated in SQL (the SQL SUBSTRING is FlinkSqlOperatorTable's, ARG0_VARCHAR_FORCE_NULLABLE: a nullable STRING where the Table API's substring is NOT NULL)
CREATE TABLE t (f0 INT, f1 INT NOT NULL, f2 STRING NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f2 || '!' AS c0,
       ABS(f0) AS c1,
       SUBSTRING(UPPER(f2) || LOWER(f2), 2, 20) AS c2,
       TYPEOF(f1) AS c3,
       TYPEOF(NULL) AS c4
FROM t;
