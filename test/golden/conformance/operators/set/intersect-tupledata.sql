-- source: Flink SetOperatorsITCase#testIntersect (smallTupleData3 INTERSECT tupleData3; retract sink, final rows)
-- order: final
CREATE TABLE A (a1 INT, a2 BIGINT, a3 STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input:a}', 'format' = 'json');
CREATE TABLE B (b1 INT, b2 BIGINT, b3 STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input:b}', 'format' = 'json');
SELECT a1, a2, a3 FROM A INTERSECT SELECT b1, b2, b3 FROM B;
