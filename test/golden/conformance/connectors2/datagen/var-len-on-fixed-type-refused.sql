-- source: Flink DataGenTableSourceFactoryTest#testVariableLengthDataGeneration ("Only supports specifying 'fields.#.var-len' option for variable-length types (VARCHAR/STRING/VARBINARY/BYTES). The type of field 'f4' is not within this range."); by hand
-- fail: Only supports specifying 'fields.#.var-len' option for variable-length types (VARCHAR/STRING/VARBINARY/BYTES). The type of field 'f4' is not within this range.
CREATE TABLE g (f4 BINARY(2)) WITH ('connector' = 'datagen', 'number-of-rows' = '1', 'fields.f4.var-len' = 'true');
SELECT f4 FROM g;
