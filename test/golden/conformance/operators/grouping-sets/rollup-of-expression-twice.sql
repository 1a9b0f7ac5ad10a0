-- source: Flink GroupingSetsITCase#testAllowExpressionInCubeAndRollup (rollup (deptno + 1) with deptno + 1 - 1 in the select list) (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno + 1 as d1, deptno + 1 - 1 as d0, count(*) as c from emp group by rollup (deptno + 1);
