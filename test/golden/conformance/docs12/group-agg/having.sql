-- source: docs/content/docs/dev/table/sql/queries/group-agg.md (HAVING: SUM(amount) per users kept when > 50; HAVING without GROUP BY makes one group that emits a single row when the condition holds and none when it does not); orders by hand; changelog by GroupAggFunction's emission rules, a group leaving the HAVING filter retracted with -U
CREATE TABLE Orders (users STRING, amount INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT SUM(amount) FROM Orders GROUP BY users HAVING SUM(amount) > 50;
SELECT SUM(amount) FROM Orders HAVING SUM(amount) > 50;
SELECT SUM(amount) FROM Orders HAVING SUM(amount) > 500;
