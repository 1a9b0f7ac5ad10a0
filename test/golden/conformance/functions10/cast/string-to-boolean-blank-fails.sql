-- source: Flink BinaryStringDataUtil.toBoolean (no trimming): CAST(' true ' AS BOOLEAN) fails at run time with TableException "Cannot parse ' true ' as BOOLEAN."
-- fail: Cannot parse ' true ' as BOOLEAN
SELECT CAST(' true ' AS BOOLEAN) AS a;
