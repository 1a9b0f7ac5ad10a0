-- source: Flink DataGenVisitorBase#defaultMethod ("Unsupported type: TIMESTAMP(3)" for a sequence of timestamps); by hand
-- fail: Unsupported type
CREATE TABLE g (ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'fields.ts.kind' = 'sequence', 'fields.ts.start' = '1', 'fields.ts.end' = '5');
SELECT ts FROM g;
