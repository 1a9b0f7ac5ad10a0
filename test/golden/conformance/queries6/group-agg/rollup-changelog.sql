-- source: Flink GroupingSetsITCase#testRollupOnColumnWithNulls run in streaming mode at parallelism 1, the changelog by hand: Expand emits each row for the (gender) set, then for the () set; GroupAggFunction gives +I for a new group, else -U old / +U new (emp genders M, F, M, M, F, F, F, F, F)
CREATE TABLE emp (ename STRING, deptno INT, gender STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select gender, count(*) as c from emp group by rollup(gender);
