-- source: Flink GroupingSetsITCase#testRollupWithHaving (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno + 1 as d1, count(*) as c from emp group by rollup(deptno)having count(*) > 3;
