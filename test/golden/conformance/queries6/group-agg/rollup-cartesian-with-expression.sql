-- source: Flink GroupingSetsITCase#testRollupCartesianProductOfWithTupleWithExpression (rollup(deptno / 2, gender) crossed with rollup(substring(ename FROM 1 FOR 1)): 40 rows; deptno / 2 is INT division), streaming: the final rows
-- order: final
CREATE TABLE emp (ename STRING, deptno INT, gender STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select deptno / 2 + 1 as half1, count(*) as c from emp
group by rollup(deptno / 2, gender), rollup(substring(ename FROM 1 FOR 1));
