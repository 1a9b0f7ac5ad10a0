-- source: Flink GroupingSetsITCase#testGroupingAcceptsMultipleArgumentsGivesSameResultAsGrouping_id (GROUPING with several arguments is GROUPING_ID: grouping(deptno, gender, deptno) 2 for the (deptno) set, 7 for the grand total; HAVING on it), streaming: the final rows
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select count(*) as c, grouping(deptno) as gd, grouping_id(deptno) as gid, grouping(deptno, gender, deptno) as gdgd, grouping_id(deptno, gender, deptno) as gidgd
from emp group by rollup(deptno, gender)
having grouping(deptno) <= grouping_id(deptno, gender, deptno);
