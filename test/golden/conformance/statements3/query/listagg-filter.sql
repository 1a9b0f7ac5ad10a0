-- source: Calcite Parser.jj NamedFunctionCall: LISTAGG is a named call, so FILTER (WHERE …) follows it (Flink docs: aggregate functions take FILTER); LISTAGG over the rows whose x > 'a'
SELECT LISTAGG(x) FILTER (WHERE x > 'a') AS l FROM (VALUES ('a'), ('b'), ('c')) AS t(x);
