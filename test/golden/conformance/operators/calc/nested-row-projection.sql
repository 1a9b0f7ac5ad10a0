-- source: Flink CalcITCase#testNestedProject (deepNested.nested1.name, nested.`value`, ...; expected 1,HI,1111,true,111 2,HELLO,2222,false,222 3,HELLO WORLD,3333,true,333)
CREATE TABLE NestedTable (
  id int,
  deepNested row<nested1 row<name string, `value` int>, nested2 row<num int, flag boolean>>,
  nested row<name string, `value` int>,
  name string
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select id,
    deepNested.nested1.name AS nestedName,
    nested.`value` AS nestedValue,
    deepNested.nested2.flag AS nestedFlag,
    deepNested.nested2.num AS nestedNum
from NestedTable;
