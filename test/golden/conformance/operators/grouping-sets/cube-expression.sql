-- source: Flink GroupingSetsITCase#testCube (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno + 1, count(*) as c from emp group by cube(deptno, gender);
