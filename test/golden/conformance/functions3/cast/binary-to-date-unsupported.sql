-- source: Flink CastFunctionITCase: BINARY to DATE is failTableApiValidation only (the SQL type rules accept it, LogicalTypeCasts); no cast rule implements it, so Flink's code generator fails "Unsupported cast from 'BINARY(2) NOT NULL' to 'DATE NOT NULL'." (ScalarOperatorGens.generateCast)
-- fail: Unsupported cast from 'BINARY(2) NOT NULL' to 'DATE NOT NULL'
SELECT CAST(b AS DATE) AS c0
FROM (VALUES (X'0001')) AS T(b);
