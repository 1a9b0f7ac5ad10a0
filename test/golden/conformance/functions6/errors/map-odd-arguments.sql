-- source: Flink Calcite SqlMapValueConstructor (an odd number of arguments fails "Map requires an even number of arguments"; the MAP constructor of MapTypeValidationTest)
-- fail: 3:8 even number
SELECT MAP['k1', 1, 'k2'] AS m;
