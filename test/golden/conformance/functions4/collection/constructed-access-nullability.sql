-- source: Flink ConstructedAccessFunctionsITCase FieldAccessFromTable (array and map element access is always nullable: sizes and contents are unknown at inference; a field of a NOT NULL row keeps its NOT NULL, of a nullable row becomes nullable)
CREATE TABLE t (f0 ARRAY<BIGINT NOT NULL>, f1 ARRAY<BIGINT NOT NULL> NOT NULL, f2 MAP<STRING, BIGINT NOT NULL>, f3 MAP<STRING, BIGINT NOT NULL> NOT NULL, f4 ROW<nested BIGINT NOT NULL>, f5 ROW<nested BIGINT NOT NULL> NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT f0[1] AS a0,
       f1[1] AS a1,
       f2['nested'] AS m2,
       f3['nested'] AS m3,
       f4.nested AS r4,
       f5.nested AS r5,
       f4['nested'] AS i4,
       f5['nested'] AS i5
FROM t;
