-- source: Flink TableSourceITCase#testNestedProject (fields named with dots, `value.` and `nested2.`, a computed column lower_name; expected 1,Sarah,10000,true,1100,mary 2,Rob,20000,false,2200,bob 3,Mike,30000,true,3300,liz), TestData.deepNestedRow restated as JSON
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
SELECT id,
    deepNested.nested1.name AS nestedName,
    nested.`value` AS nestedValue,
    deepNested.`nested2.`.flag AS nestedFlag,
    deepNested.`nested2.`.num + deepNested.nested1.`value.` AS nestedNum,
    lower_name
FROM NestedTable;
