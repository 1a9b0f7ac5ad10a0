-- source: Flink 2.3 LogicalTypeCasts: VARIANT → ARRAY (FLINK-37926, commit 5d3597c253f of 2026-09-04) is not in 2.3.0
-- fail: 3:8 Cast function cannot convert value of type VARIANT to type INTEGER ARRAY
SELECT CAST(PARSE_JSON('[1, 2]') AS ARRAY<INT>) AS a;
