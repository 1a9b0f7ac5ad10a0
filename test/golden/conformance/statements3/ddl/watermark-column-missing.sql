-- source: SchemaBuilderUtil#verifyRowtimeAttribute (Flink 2.x): 'The rowtime attribute field … is not defined in the table schema, at <column position>\nAvailable fields: [physical…, metadata…, computed…]'
-- fail: The rowtime attribute field 'tss' is not defined in the table schema, at line 8, column 17
CREATE TABLE t (
  a INT,
  c AS a + 1,
  m STRING METADATA FROM 'file.path' VIRTUAL,
  ts TIMESTAMP(3),
  WATERMARK FOR tss AS tss
) WITH ('connector' = 'datagen');
