-- source: Flink AggregateITCase#testMinMaxWithChar (expected 1,2,a,b 2,2,c,d)
-- order: final
CREATE TABLE src (`id` INT, `char` CHAR(1)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
select `id`, count(*), min(`char`), max(`char`) from src group by `id`;
