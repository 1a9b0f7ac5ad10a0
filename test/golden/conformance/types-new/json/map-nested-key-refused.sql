-- source: Flink JsonParserToRowDataConverters#createMapConverter: the check runs as the converters are built for every nested type (ROW fields, ARRAY elements, MAP values), and a MULTISET is read as a map of its element to INT, so MULTISET<BIGINT> is refused with its own summary text
-- fail: JSON format doesn't support non-string as key type of map. The type is: MULTISET<BIGINT>
CREATE TABLE t (id INT, r ROW<a ARRAY<MULTISET<BIGINT>>>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM t;
