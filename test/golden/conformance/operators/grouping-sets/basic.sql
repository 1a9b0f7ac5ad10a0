-- source: Flink GroupingSetsITCase#testBasicGroupingSets (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emps (empno BIGINT, name STRING, deptno INT, gender STRING, city STRING, empid BIGINT, age INT, slacker BOOLEAN, manager BOOLEAN, joinedat DATE)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno, count(*) as c from emps group by grouping sets ((), (deptno));
