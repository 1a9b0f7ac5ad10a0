-- source: Flink GroupingSetsITCase#testCubeAndDistinct (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select distinct count(*) from emp group by cube(deptno, gender);
