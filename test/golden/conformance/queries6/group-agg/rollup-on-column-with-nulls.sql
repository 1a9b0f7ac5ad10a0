-- source: Flink GroupingSetsITCase#testRollupOnColumnWithNulls (emp: rollup(gender) gives F 6, M 3 and the grand total NULL 9), streaming: the final rows
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select gender, count(*) as c from emp group by rollup(gender);
