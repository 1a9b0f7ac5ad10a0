import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStatement } from '../parser/index.js';
import type { Query } from '../ast/index.js';
import { expandedViewQuery } from './view-text.js';

const resolve = (names: readonly string[]): readonly string[] | undefined =>
  names.at(-1) === 'missing' ? undefined : ['cat', 'db', names.at(-1)!];
const expand = (sql: string): string | undefined => expandedViewQuery(parseStatement(sql) as Query, resolve);

test('a single-table SELECT is unparsed as Calcite does, identifiers expanded as Flink expands them', () => {
  assert.equal(expand('select * from t'), 'SELECT *\nFROM `cat`.`db`.`t`');
  assert.equal(
    expand('select distinct a, (a + 1) * 2 as b from t x where not a = 1 or b <> 2'),
    'SELECT DISTINCT `x`.`a`, (`x`.`a` + 1) * 2 AS `b`\nFROM `cat`.`db`.`t` AS `x`\nWHERE NOT `x`.`a` = 1 OR `x`.`b` <> 2',
  );
  assert.equal(
    expand("select t.a from db.t where a - (b - 1) > 'it''s'"),
    "SELECT `t`.`a`\nFROM `cat`.`db`.`t`\nWHERE `t`.`a` - (`t`.`b` - 1) > 'it''s'",
  );
});

test('GROUP BY, HAVING and plain aggregate calls are unparsed with the upper-case function name', () => {
  assert.equal(
    expand('select a, sum(b) as s, count(*) as n from t group by a having sum(b) > 1000'),
    'SELECT `t`.`a`, SUM(`t`.`b`) AS `s`, COUNT(*) AS `n`\nFROM `cat`.`db`.`t`\nGROUP BY `t`.`a`\nHAVING SUM(`t`.`b`) > 1000',
  );
  assert.equal(
    expand('select min(a), max(b) from t x where a > 1 group by a, b'),
    'SELECT MIN(`x`.`a`), MAX(`x`.`b`)\nFROM `cat`.`db`.`t` AS `x`\nWHERE `x`.`a` > 1\nGROUP BY `x`.`a`, `x`.`b`',
  );
});

test('shapes whose Calcite text is not reproduced give undefined (the query is kept as written)', () => {
  for (const sql of [
    'select upper(a) from t',
    'select count(distinct a) from t group by b',
    'select sum(a) filter (where a > 1) from t',
    'select a from t group by rollup (a)',
    'select a from t group by ()',
    'select sum(*) from t',
    'select a from t order by a',
    'select a from t limit 1',
    'with w as (select a from t) select a from w',
    'select a from t join u on t.a = u.a',
    'select a from (select a from t)',
    'select a from t union select a from u',
    'select a from missing',
    'select 1e3 from t',
    'select r.x from t', // a ROW field: Calcite prints `t`.`r`.`x`
    "select 'é' from t",
  ])
    assert.equal(expand(sql), undefined, sql);
});
