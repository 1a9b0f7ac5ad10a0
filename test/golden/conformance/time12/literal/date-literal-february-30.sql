-- source: Calcite SqlParserUtil.parseDateLiteral / parseTimestampLiteral (Avatica DateTimeUtils.parseDateFormat: a non-lenient SimpleDateFormat 'yyyy-MM-dd' / 'yyyy-MM-dd HH:mm:ss' that must consume the whole text) and RESOURCE.illegalLiteral + badFormat: Illegal DATE literal '2024-02-30': not in format 'yyyy-MM-dd'
-- fail: 6:8 Illegal DATE literal '2024-02-30': not in format 'yyyy-MM-dd'
CREATE TABLE t (
  k INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE '2024-02-30' AS v FROM t;
