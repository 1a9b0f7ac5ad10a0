-- source: Flink GroupingSetsITCase#testRollupCartesianProduct (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno, count(*) as c from emp group by rollup(deptno), rollup(gender);
