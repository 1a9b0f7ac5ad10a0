-- source: Flink GroupingSetsITCase#testCoalesceOnGroupingSets (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emps (empno BIGINT, name STRING, deptno INT, gender STRING, city STRING, empid BIGINT, age INT, slacker BOOLEAN, manager BOOLEAN, joinedat DATE)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select
  gender, city, coalesce(deptno, -1) as deptno, count(*) as cnt
from emps group by grouping sets ((gender, city), (gender, city, deptno));
