-- source: Flink sql-client select.q (streaming, tableau: +I 1,1,1,20:12:11.123456789 +I 2,1,1,19:12… -U 2,1,1,19:12… +U 2,2,1,21:12…); types: COUNT is BIGINT NOT NULL, MAX of a NOT NULL column grouped is NOT NULL (Calcite ARG0_NULLABLE_IF_EMPTY)
-- order: strict
SELECT id, COUNT(*) as cnt, COUNT(DISTINCT str) as uv, max(ts) as max_ts
FROM (VALUES
  (1, 'Hello World', TIMESTAMP '2021-04-13 20:12:11.123456789'),
  (2, 'Hi', TIMESTAMP '2021-04-13 19:12:11.123456789'),
  (2, 'Hi', TIMESTAMP '2021-04-13 21:12:11.123456789')) as T(id, str, ts)
GROUP BY id;
