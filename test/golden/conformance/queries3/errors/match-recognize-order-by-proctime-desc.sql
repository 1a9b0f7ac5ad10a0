-- source: Flink MatchRecognizeITCase / StreamExecMatch#checkOrderKeys (streaming)#testSortProcessingTimeDesc
-- fail: Primary sort order of a streaming table must be ascending on time.
CREATE TABLE Ticker (symbol STRING, price BIGINT, tax BIGINT, proctime AS PROCTIME()) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT *
FROM Ticker
MATCH_RECOGNIZE (
  ORDER BY proctime DESC
  MEASURES
    A.symbol AS aSymbol
  PATTERN (A B)
  DEFINE
    A AS A.symbol = 'a'
) AS T;
