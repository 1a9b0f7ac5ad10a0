-- source: Calcite SqlJsonValueFunction.checkOperandTypes (Flink's JSON_VALUE wraps it): each DEFAULT … ON EMPTY / ON ERROR value must be castable to the RETURNING type, else RESOURCE.cannotCastValue "Cast function cannot convert value of type … to type …" at validation; found by the SQL fuzz test (Eddy failed with an internal error)
-- fail: 3:59 Cast function cannot convert value of type INTEGER to type DATE
SELECT JSON_VALUE('{"a":1}', '$.b' RETURNING DATE DEFAULT 1 ON EMPTY);
