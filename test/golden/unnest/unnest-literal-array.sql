-- source: Flink docs (UNNEST of a constant array); by hand
SELECT x FROM UNNEST(ARRAY[3, 1, 2]) AS u(x);
