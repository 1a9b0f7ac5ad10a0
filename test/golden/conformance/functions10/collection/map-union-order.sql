-- source: Flink MapUnionFunction (BuiltInFunctionDefinitions.MAP_UNION): folding left from the first map, each later non-empty map becomes MapDataForMapUnion(result, map), whose entries are the later map's in its order followed by the earlier result's entries whose key the later map does not have (a later value overwrites); a map prints in its entry order; the common map type; by hand
SELECT MAP_UNION(MAP[1, 'a'], MAP[2, 'b']) AS a,
       MAP_UNION(MAP[1, 'a', 2, 'x'], MAP[2, 'b', 3, 'c'], MAP[4, 'd']) AS b,
       MAP_UNION(MAP['k', 1]) AS d,
       MAP_UNION(MAP['x', 1, 'y', 2], MAP['y', 20]) AS e;
