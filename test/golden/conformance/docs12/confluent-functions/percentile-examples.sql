-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/numeric-functions.html (PERCENTILE examples: 0.3 of 0, 10, 10 and of 0 ×1, 10 ×2; 0.25 and 0.75 of 0, 10 give [2.5, 7.5]; the median of 0, 50, 100 is 50.0), with the VALUES given column aliases (the page aliases the table, not the column, and writes ARRAY(…) for ARRAY[…]); the 0.3 results by Flink's PercentileAggFunction.PercentileAccumulator#getValue in doubles: position 0.3 * 2 + 1 = 1.6, (2 - 1.6) * 0 + (1.6 - 1) * 10 = 6.000000000000001 (the page rounds it to 6.0); compared as final tables
-- order: final
SELECT PERCENTILE(col, 0.3) AS p FROM (VALUES (0), (10), (10)) AS t(col);
SELECT PERCENTILE(col, 0.3, freq) AS p FROM ( VALUES (0, 1), (10, 2)) AS tab(col, freq);
SELECT PERCENTILE(col, ARRAY[0.25, 0.75]) AS p FROM (VALUES (0), (10)) AS t(col);
SELECT PERCENTILE(age, 0.5) AS p FROM (VALUES (0), (50), (100)) AS t(age);
