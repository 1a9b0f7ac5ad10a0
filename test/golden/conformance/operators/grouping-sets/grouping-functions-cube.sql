-- source: Flink GroupingSetsITCase#testGroupingGrouping_idAndGroup_id (second gd alias renamed gd2) (batch ITCase; the final table of the streaming changelog)
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING)
  WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno, gender, grouping(deptno) gd, grouping(gender) gg, grouping_id(deptno, gender) dg, grouping_id(gender, deptno) gd2, group_id() gid, count(*) c from emp group by cube(deptno, gender);
