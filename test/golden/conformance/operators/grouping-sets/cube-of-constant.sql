-- source: Flink GroupingSetsITCase#testAllowExpressionInCubeAndRollup (cube(1): two grouping sets over a constant, each the whole table) (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select count(*) as c from emp group by cube(1);
