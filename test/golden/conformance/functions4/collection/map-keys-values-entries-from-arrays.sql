-- source: Flink MapFunctionITCase mapKeys/mapValues/mapEntries/mapFromArrays test cases (f2 {1=value1}, f3 {3={true=value2}}; MAP_FROM_ARRAYS of NULL arrays is NULL); Flink's json format reads only string map keys (JsonParserToRowDataConverters#createMapConverter), so f2 / f3 are read as MAP<STRING, …> and CAST to the ITCase's MAP<INT, …> types (MapToMapAndMultisetToMultisetCastRule)
CREATE TABLE t (f2s MAP<STRING, STRING>, f3s MAP<STRING, MAP<STRING, STRING>>, a0 ARRAY<BOOLEAN>, a1 ARRAY<STRING>, k ARRAY<INT>, v ARRAY<STRING>, s STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT MAP_KEYS(f2) AS k1,
       MAP_VALUES(MAP[CAST('item' AS STRING), CAST(NULL AS BOOLEAN)]) AS v1,
       MAP_VALUES(f2) AS v2,
       MAP_VALUES(f3) AS v3,
       MAP_ENTRIES(MAP[CAST(NULL AS BOOLEAN), s]) AS e1,
       MAP_ENTRIES(f2) AS e2,
       MAP_ENTRIES(f3) AS e3,
       MAP_FROM_ARRAYS(a0, a1) AS f1,
       MAP_FROM_ARRAYS(k, v) AS f2x
FROM (SELECT CAST(f2s AS MAP<INT, STRING>) AS f2, CAST(f3s AS MAP<INT, MAP<BOOLEAN, STRING>>) AS f3, a0, a1, k, v, s FROM t);
