-- source: Flink GroupingSetsITCase#testGroupingInSelectClauseOfGroupByQuery (GROUPING(deptno) of a plain GROUP BY is 0: counts 1, 1, 1, 2, 2, 2 over emp's deptno 20, 60, NULL, 10, 30, 50), streaming: the final rows; GROUPING is BIGINT NOT NULL
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select count(*) as c, grouping(deptno) as g from emp group by deptno;
