-- source: Flink ObjectUpdateInputTypeStrategy#validateObjectArgument: "The first argument must be a structured type, but was %s." (the LogicalType's toString, its summary string; Calcite names the ROW constructor's field EXPR$0)
-- fail: 3:8 The first argument must be a structured type, but was ROW<`EXPR$0` INT NOT NULL> NOT NULL.
SELECT OBJECT_UPDATE(ROW(1), 'a', 2) AS u;
