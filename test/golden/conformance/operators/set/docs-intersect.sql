-- source: Flink docs, dev/table/sql/queries/set-ops (INTERSECT of the views t1 and t2; the printed result table)
-- order: final
create view t1(s) as values ('c'), ('a'), ('b'), ('b'), ('c');
create view t2(s) as values ('d'), ('e'), ('a'), ('b'), ('b');
(SELECT s FROM t1) INTERSECT (SELECT s FROM t2);
