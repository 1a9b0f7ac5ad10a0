-- source: Flink FLINK-39244 (2.3.0): TO_TIMESTAMP_LTZ(numeric, precision) takes a precision of 0..9 and a literal precision outside it is refused when the call is validated (FLINK-39666 names that plan-time ValidationException; the exact 2.3 text is not checked here, only that the statement fails at the call)
-- fail: 3:8 TO_TIMESTAMP_LTZ
SELECT TO_TIMESTAMP_LTZ(1234567890, 10) AS t;
