-- source: Flink SqlJsonUtils.serializeJson (MAPPER with SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS; the tree is converted to maps first, so members are sorted at every level, in java.lang.String order: UTF-16 code units, upper case before lower, 'z' < U+1F600 (surrogates D83D DE00) < U+FF5A); JsonGenerateUtils: a ROW / MAP value is an ObjectNode (sorted like the outer object), a nested JSON_OBJECT / JSON_ARRAY / JSON() call a raw node of its own (already sorted) text; SqlJsonUtils.json = jsonize(dejsonize(text)), so JSON('{"b":1,"a":2,"a":3}') is {"a":3,"b":1} (Jackson's map keeps the last duplicate); ObjectNode.set keeps a repeated key's last value; JsonFunctionsITCase jsonObjectSpec (ROW field names sorted: "field\ttab" before "field\"quote" before "field\\slash")
SELECT JSON_OBJECT(KEY 'b' VALUE 1, KEY 'a' VALUE 2, KEY 'B' VALUE 3, KEY 'aa' VALUE 4, KEY '' VALUE 5) AS c0,
       JSON_OBJECT(KEY 'k' VALUE CAST(ROW(1, 2, 3) AS ROW<`field"quote` INT, `field\slash` INT, `field tab` INT>)) AS c1,
       JSON_OBJECT(KEY 'k' VALUE MAP['b', 1, 'a', 2], KEY 'j' VALUE JSON('{"d": {"y": 1, "x": 2}, "c": [3, {"f": 4, "e": 5}]}')) AS c2,
       JSON_OBJECT(KEY U&'\FF5A' VALUE 1, KEY U&'\+01F600' VALUE 2, KEY 'z' VALUE 3) AS c3,
       JSON_OBJECT(KEY 'k' VALUE 1, KEY 'j' VALUE 2, KEY 'k' VALUE 3) AS c4,
       JSON_ARRAY(JSON_OBJECT(KEY 'y' VALUE 1, KEY 'x' VALUE 2), JSON('{"b":1,"a":2,"a":3}')) AS c5,
       JSON_STRING(CAST(ROW('v', 1) AS ROW<name STRING, age INT>)) AS c6;
