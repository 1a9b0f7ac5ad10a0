-- source: Flink SqlFunctionUtils.subtractMonths (Calcite's TIMESTAMPDIFF convertlet turns MONTH / QUARTER / YEAR into a month count of t2 - t1, divided by 3 or 12 with Java integer division): the estimate (d0 - d1) / 31 raised while addMonths(d1, m + 1) <= d0, addMonths clamping to the last day of the month (2023-01-31 + 1 month = 2023-02-28), a negative difference the negated reverse one, and for timestamps one month less when the day matches but the time of day of t2 is earlier; computed by hand with that algorithm
CREATE TABLE t (a DATE, b DATE) WITH ('connector' = 'filesystem', 'path' = '${input:d}', 'format' = 'json');
CREATE TABLE u (a TIMESTAMP(3), b TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${input:ts}', 'format' = 'json');
SELECT a, b, TIMESTAMPDIFF(MONTH, a, b) AS m, TIMESTAMPDIFF(YEAR, a, b) AS y, TIMESTAMPDIFF(QUARTER, a, b) AS q FROM t;
SELECT a, b, TIMESTAMPDIFF(MONTH, a, b) AS m, TIMESTAMPDIFF(YEAR, a, b) AS y FROM u;
