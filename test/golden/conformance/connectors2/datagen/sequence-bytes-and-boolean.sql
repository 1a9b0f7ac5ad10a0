-- source: Flink SequenceGeneratorVisitor (BINARY/VARBINARY sequences are the long as 8 big-endian bytes, Longs.toByteArray; BOOLEAN under 'sequence' is random; the shortest sequence ends the source) and DataGenTableSourceFactoryTest#testSource (f5 bytes sequence); by hand
-- order: strict
CREATE TABLE g (id INT, b BOOLEAN, bin VARBINARY(8)) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '5', 'fields.b.kind' = 'sequence', 'fields.b.start' = '0', 'fields.b.end' = '10', 'fields.bin.kind' = 'sequence', 'fields.bin.start' = '65', 'fields.bin.end' = '67');
SELECT id, b IS NOT NULL AS has_b, bin, CHAR_LENGTH(CAST(bin AS STRING)) AS n FROM g;
