-- source: Flink SchemaBuilderUtil.toUnresolvedPhysicalColumn / toUnresolvedMetadataColumn: a DDL column type is toLogicalType(toRelDataType(spec)), i.e. FlinkTypeFactory.toLogicalType, which makes every TIME TIME(0) ("for consistency with the old planner"), every day-time interval INTERVAL SECOND(3) and every year-month interval INTERVAL MONTH (nested types too); DESCRIBE prints LogicalType#asSummaryString
CREATE TABLE t (
  a TIME(3),
  b TIME,
  c INTERVAL DAY TO SECOND(3),
  d INTERVAL YEAR TO MONTH,
  e INTERVAL HOUR,
  f ARRAY<TIME(3)>,
  g ROW<x TIME(2), y INTERVAL MINUTE TO SECOND>,
  h TIMESTAMP(9),
  m TIME(3) METADATA FROM 'k' VIRTUAL
) WITH ('connector' = 'datagen', 'number-of-rows' = '0');
DESCRIBE t;
