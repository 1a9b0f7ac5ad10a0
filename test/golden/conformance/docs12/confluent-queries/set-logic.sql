-- source: https://docs.confluent.io/cloud/current/flink/reference/queries/set-logic.html (Confluent Cloud for Apache Flink, Set Logic: t1(chr CHAR) holds c, a, b, b, c and t2 d, e, a, b, b, written with INSERT INTO … VALUES; EXCEPT gives c, EXCEPT ALL c, c, INTERSECT a, b, INTERSECT ALL a, b, b, UNION c, a, b, d, e and UNION ALL all ten rows); filesystem tables here; compared as final tables (the streaming changelog of a set operation may retract)
-- order: final
CREATE TABLE t1(chr CHAR) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/t1', 'format' = 'json');
INSERT INTO t1 VALUES('c'), ('a'), ('b'), ('b'), ('c');
CREATE TABLE t2(chr CHAR) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/t2', 'format' = 'json');
INSERT INTO t2 VALUES('d'), ('e'), ('a'), ('b'), ('b');
(SELECT chr FROM t1) EXCEPT (SELECT chr FROM t2);
(SELECT chr FROM t1) EXCEPT ALL (SELECT chr FROM t2);
(SELECT chr FROM t1) INTERSECT (SELECT chr FROM t2);
(SELECT chr FROM t1) INTERSECT ALL (SELECT chr FROM t2);
(SELECT chr FROM t1) UNION (SELECT chr FROM t2);
(SELECT chr FROM t1) UNION ALL (SELECT chr FROM t2);
