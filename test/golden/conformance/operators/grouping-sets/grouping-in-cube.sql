-- source: Flink GroupingSetsITCase#testGroupingInSelectClauseOfCubeQuery (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE scott_emp (empno INT, ename STRING, job STRING, mgr INT, hiredate DATE, sal DOUBLE, comm DOUBLE, deptno INT)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno, job, count(*) as c, grouping(deptno) as d, grouping(job) j, grouping(deptno, job) as x from scott_emp group by cube(deptno, job);
