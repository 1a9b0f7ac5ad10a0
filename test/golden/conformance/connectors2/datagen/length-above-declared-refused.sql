-- source: Flink DataGenTableSourceFactoryTest#testVariableLengthDataType ("Custom length '21' for variable-length type (VARCHAR/STRING/VARBINARY/BYTES) field 'f3' should be shorter than '20' defined in the schema."); by hand
-- fail: Custom length '21' for variable-length type (VARCHAR/STRING/VARBINARY/BYTES) field 'f3' should be shorter than '20' defined in the schema.
CREATE TABLE g (f3 VARBINARY(20)) WITH ('connector' = 'datagen', 'number-of-rows' = '1', 'fields.f3.length' = '21');
SELECT f3 FROM g;
