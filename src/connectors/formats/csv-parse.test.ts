import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteCsvField, splitCsvRecord } from './csv-parse.js';

test("quoting follows Jackson's CsvEncoder: below the safe character (max of separator, quote, \\n) + 1", () => {
  const dflt = { delimiter: ',', quote: '"', escape: undefined };
  assert.equal(quoteCsvField('abc', dflt), 'abc');
  assert.equal(quoteCsvField('-1.5', dflt), '-1.5');
  assert.equal(quoteCsvField('1E+5', dflt), '"1E+5"');
  assert.equal(quoteCsvField('Hello World', dflt), '"Hello World"');
  assert.equal(quoteCsvField('say "hi"', dflt), '"say ""hi"""');
  assert.equal(quoteCsvField('', dflt), '');
  // CsvRowDataSerDeSchemaTest#testSerializeDeserialize: values over 24 characters are quoted.
  assert.equal(quoteCsvField('123400000000000000000000000001', dflt), '"123400000000000000000000000001"');
  assert.equal(quoteCsvField('123456789012345678901234', dflt), '123456789012345678901234');
  // CsvFormatFactoryTest#testSerializationWithWriteBigDecimalInScientificNotation: "abc;'1E+5';false".
  const semi = { delimiter: ';', quote: "'", escape: '\\' };
  assert.equal(quoteCsvField('abc', semi), 'abc');
  assert.equal(quoteCsvField('1E+5', semi), "'1E+5'");
  assert.equal(quoteCsvField('100000', semi), "'100000'");
  assert.equal(quoteCsvField('a\\b', semi), "'a\\b'");
  assert.equal(quoteCsvField('1E+5', { ...dflt, quote: undefined }), '1E+5');
});

test('a quoted field keeps delimiters and doubled quotes; the escape character escapes', () => {
  const s = { delimiter: ',', quote: '"', escape: '\\' };
  assert.deepEqual(
    splitCsvRecord('1,"a,""b""",x\\,y,', s).map((f) => f.text),
    ['1', 'a,"b"', 'x,y', ''],
  );
});
