-- source: Flink SqlFunctionUtils.splitIndex(str, delimiter, index) = commons-lang StringUtils.splitByWholeSeparatorPreserveAllTokens(str, delimiter)[index] or NULL past the end, and splitIndex(str, char, index) = splitPreserveAllTokens(str, (char) c): an empty value has no fields (NULL); an empty delimiter splits at Java whitespace keeping empty fields (splitWorker with preserveAllTokens) — computed by hand from commons-lang's source
SELECT SPLIT_INDEX('', '/', 0) AS c0,
       SPLIT_INDEX(s, '', 1) AS c1,
       SPLIT_INDEX(s, '', 2) AS c2,
       SPLIT_INDEX(s, '', 3) AS c3,
       SPLIT_INDEX(s, '', 4) AS c4,
       SPLIT_INDEX('', 47, 0) AS c5,
       SPLIT_INDEX(e, '/', 0) AS c6
FROM (VALUES ('x y  z', '')) AS t(s, e);
