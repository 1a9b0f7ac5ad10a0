-- source: Flink CastFunctionITCase toBinaryCasts: BOOLEAN to BINARY(2) failValidation (Calcite 'Cast function cannot convert value of type BOOLEAN')
-- fail: 3:8 Cast function cannot convert value of type BOOLEAN
SELECT CAST(TRUE AS BINARY(2)) AS x;
