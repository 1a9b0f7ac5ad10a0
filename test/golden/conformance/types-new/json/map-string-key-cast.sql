-- source: Flink JsonParserToRowDataConverters#createMapConverter reads object keys as the map's CHAR / VARCHAR keys (any character-string key type is accepted); integer keys are then a CAST (MapToMapAndMultisetToMultisetCastRule casts key by key, StringToNumericPrimitiveCastRule); MAP text {k=v} from MapAndMultisetToStringCastRule
CREATE TABLE t (id INT, m MAP<VARCHAR(3), STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, CAST(m AS MAP<INT, STRING>)[2] AS v, CARDINALITY(m) AS n FROM t;
