-- source: Calcite's OperandTypes.PLUS_OPERATOR = or(NUMERIC_NUMERIC, INTERVAL_SAME_SAME, DATETIME_INTERVAL, INTERVAL_DATETIME): the refusal lists the four forms, the last '<DATETIME_INTERVAL> + <DATETIME>'
-- fail: '<DATETIME_INTERVAL> + <DATETIME>'
SELECT s + 1 AS x
FROM (VALUES ('1')) AS T(s);
