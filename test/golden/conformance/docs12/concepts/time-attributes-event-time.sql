-- source: docs/content/docs/dev/table/concepts/time_attributes.md (Event Time, Defining in DDL: user_actions with WATERMARK FOR user_action_time AS user_action_time - INTERVAL '5' SECOND, and TUMBLE_START / COUNT(DISTINCT user_name) per 10-minute window; the same over a TIMESTAMP_LTZ attribute computed from epoch milliseconds, written TO_TIMESTAMP_LTZ(ts, 3) where the page's example reads its own column); rows and counts by hand; each window fires once (insert-only); TUMBLE_START of a TIMESTAMP_LTZ attribute is a TIMESTAMP in the session time zone (docs/content/docs/dev/table/concepts/timezone.md: "the type of TUMBLE_START column is TIMESTAMP")
-- order: any
CREATE TABLE user_actions (
  user_name STRING,
  data STRING,
  user_action_time TIMESTAMP(3),
  -- declare user_action_time as event time attribute and use 5 seconds delayed watermark strategy
  WATERMARK FOR user_action_time AS user_action_time - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input:a}', 'format' = 'json');

SELECT TUMBLE_START(user_action_time, INTERVAL '10' MINUTE), COUNT(DISTINCT user_name)
FROM user_actions
GROUP BY TUMBLE(user_action_time, INTERVAL '10' MINUTE);

SET 'sql.local-time-zone' = 'UTC';
CREATE TABLE user_actions_ltz (
  user_name STRING,
  data STRING,
  ts BIGINT,
  time_ltz AS TO_TIMESTAMP_LTZ(ts, 3),
  -- declare time_ltz as event time attribute and use 5 seconds delayed watermark strategy
  WATERMARK FOR time_ltz AS time_ltz - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input:b}', 'format' = 'json');

SELECT TUMBLE_START(time_ltz, INTERVAL '10' MINUTE), COUNT(DISTINCT user_name)
FROM user_actions_ltz
GROUP BY TUMBLE(time_ltz, INTERVAL '10' MINUTE);
