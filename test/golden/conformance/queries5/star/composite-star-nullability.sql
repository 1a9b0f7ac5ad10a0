-- source: Calcite SqlValidatorImpl#expandStar on a struct column + RexFieldAccess typing as Flink's planner applies it (a field of a nullable ROW is nullable even when declared NOT NULL; of a NOT NULL ROW it keeps its own nullability); the docs' value access "tableName.compositeType.*"
CREATE TABLE t (r ROW<a INT NOT NULL, b STRING>, s ROW<x INT NOT NULL> NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT r.*, s.* FROM t;
