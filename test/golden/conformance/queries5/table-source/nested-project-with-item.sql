-- source: Flink TableSourceITCase#testNestedProjectWithItem (an array element indexed by a map value, both fields of one ROW: nestedItem.deepArray[nestedItem.deepMap['Monday']]; expected the ROW (1) for each of the 3 rows); deepMap['Monday'] = 1 picks the first element (arrays are 1-based)
CREATE TABLE NestedTable (
  id BIGINT,
  deepNested ROW<
     nested1 ROW<name STRING, `value.` INT>,
     `nested2.` ROW<num INT, flag BOOLEAN>>,
  nested ROW<name STRING, `value` INT>,
  name STRING,
  nestedItem ROW<deepArray ROW<`value` INT> ARRAY, deepMap MAP<STRING, INT>>,
  lower_name AS LOWER(name)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT nestedItem.deepArray[nestedItem.deepMap['Monday']] FROM  NestedTable;
