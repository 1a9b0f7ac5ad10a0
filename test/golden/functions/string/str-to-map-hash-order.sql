-- source: Flink SqlFunctionUtils.strToMap (new HashMap<>(pairs) then put in order) printed in java.util.HashMap iteration order; String.hashCode, (h ^ h >>> 16) & (capacity - 1) and capacity growth by hand: one=110182 -> bucket 3, two=115276 -> 1, three=110339486 -> 1 (capacity 4); a=97, x=120 (capacity 2 -> 4 after the second put); a, b (capacity 4: buckets 1, 2)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT STR_TO_MAP(s) AS m, MAP_KEYS(STR_TO_MAP(s)) AS k, STR_TO_MAP(REPLACE(s, ',', ';'), ';', '=') AS m2 FROM t;
