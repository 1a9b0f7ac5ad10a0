-- source: Flink GroupingSetsITCase#testCALCITE1824 (duplicate grouping sets: GROUP_ID numbers the duplicates) (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE scott_emp (empno INT, ename STRING, job STRING, mgr INT, hiredate DATE, sal DOUBLE, comm DOUBLE, deptno INT)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno, group_id() as g, count(*) as c from scott_emp group by grouping sets (deptno, (), ());
