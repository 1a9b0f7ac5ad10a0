-- source: Flink GroupingSetsITCase#testGroupingSetsWithOneGrouping (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emps (empno BIGINT, name STRING, deptno INT, gender STRING, city STRING, empid BIGINT, age INT, slacker BOOLEAN, manager BOOLEAN, joinedat DATE)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno, avg(age) as a, group_id() as g, grouping(deptno) as gb, grouping_id(deptno)as gib from emps group by grouping sets (deptno);
