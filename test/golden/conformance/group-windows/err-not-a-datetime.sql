-- source: Calcite operand type check of $TUMBLE (OperandTypes.DATETIME_INTERVAL): 'Cannot apply '$TUMBLE' to arguments of type …'
-- fail: 11:35 Cannot apply '$TUMBLE' to arguments of type
CREATE TABLE Bid (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  pt AS PROCTIME(),
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COUNT(*) FROM Bid GROUP BY TUMBLE(price, INTERVAL '10' MINUTE);
