-- source: Flink GroupingSetsITCase#testGroupingGroup_idGrouping_idInSelectClauseOfGroupByQuery (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select count(*) as c, grouping(deptno) as g, group_id() as gid, grouping_id(deptno) as gd, grouping_id(gender) as gg, grouping_id(gender, deptno) as ggd, grouping_id(deptno, gender) as gdg from emp group by rollup(deptno, gender);
