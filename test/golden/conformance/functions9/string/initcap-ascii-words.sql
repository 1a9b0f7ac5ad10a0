-- source: Calcite SqlFunctions.initcap, which Flink's StringCallGen.generateInitcap calls: only ASCII letters and digits form words ("Assumes Alpha as [A-Za-z0-9]"), the first letter of a word is upper-cased and the rest lower-cased, every other character (a non-ASCII letter too) ends the word and stays as it is; result typed as the argument; by hand
CREATE TABLE t (f0 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT INITCAP(f0) AS i0,
       INITCAP('ßa b') AS i1,
       INITCAP('BÄR bär') AS i2,
       INITCAP('hello wORLD-foo_bar 9lives') AS i3,
       INITCAP('o''neil') AS i4
FROM t;
