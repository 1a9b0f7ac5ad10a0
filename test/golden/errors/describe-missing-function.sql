-- source: Flink DescribeFunctionOperation ("Function with the identifier '…' doesn't exist."); position by hand
-- fail: 3:19 Function with the identifier 'nope' doesn't exist.
DESCRIBE FUNCTION nope;
