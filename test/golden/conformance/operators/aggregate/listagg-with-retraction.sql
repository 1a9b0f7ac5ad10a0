-- source: Flink AggregateITCase#testListAggWithRetraction (a retracted element leaves the list, its update goes last; expected 1,[b=1;1;a=2],[b=1,1,a=2])
-- order: final
CREATE TABLE T (x STRING, y STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW view1 AS
SELECT x, y, CAST(COUNT(1) AS VARCHAR) AS ct FROM T GROUP BY x, y;
select
     x,
     '[' || LISTAGG(CONCAT_WS('=', y, ct), ';') || ']' AS list1,
     '[' || LISTAGG(CONCAT_WS('=', y, ct)) || ']' AS list2
FROM view1
GROUP BY x;
