-- source: Flink docs Value Access Functions ("tableName.compositeType.*": a flat representation of a composite type, each direct field a separate column) and Calcite's SqlValidatorImpl#expandStar on a struct-typed compound identifier (fields named as the ROW's fields, ordered as declared); CompositeAccessTest#testGetField
CREATE TABLE t (id INT, r ROW<a INT, b STRING, c ROW<x DOUBLE, y BOOLEAN>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, t.r.*, id + 1 AS nxt FROM t;
SELECT r.c.* FROM t;
SELECT x.r.c.*, x.id FROM t AS x;
