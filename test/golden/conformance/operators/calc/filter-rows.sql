-- source: Flink CalcITCase#testRowAndRow (WHERE c < 3; expected Hello,Worlds,1 and Hello again,Worlds,2)
CREATE TABLE MyTableRow (a STRING, b STRING, c INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM MyTableRow WHERE c < 3;
