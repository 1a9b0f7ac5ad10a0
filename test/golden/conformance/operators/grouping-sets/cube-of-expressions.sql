-- source: Flink GroupingSetsITCase#testAllowExpressionInCubeAndRollup (cube(mod(deptno, 20), gender)) (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select mod(deptno, 20) as d, count(*) as c, gender as g from emp group by cube(mod(deptno, 20), gender);
