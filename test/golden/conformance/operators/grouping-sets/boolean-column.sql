-- source: Flink GroupingSetsITCase#testBooleanColumnOnGroupingSets (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emps (empno BIGINT, name STRING, deptno INT, gender STRING, city STRING, empid BIGINT, age INT, slacker BOOLEAN, manager BOOLEAN, joinedat DATE)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select
  gender, city, manager, count(*) as cnt
from emps group by grouping sets ((city), (gender, city, manager));
