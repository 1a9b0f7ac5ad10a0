-- source: Calcite SqlParserUtil.parseDateLiteral / parseTimestampLiteral (Avatica DateTimeUtils.parseDateFormat: a non-lenient SimpleDateFormat 'yyyy-MM-dd' / 'yyyy-MM-dd HH:mm:ss' that must consume the whole text) and RESOURCE.illegalLiteral + badFormat: Illegal TIMESTAMP literal '2024-01-01T00:00:00': not in format 'yyyy-MM-dd HH:mm:ss'
-- fail: 6:8 Illegal TIMESTAMP literal '2024-01-01T00:00:00': not in format 'yyyy-MM-dd HH:mm:ss'
CREATE TABLE t (
  k INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT TIMESTAMP '2024-01-01T00:00:00' AS v FROM t;
