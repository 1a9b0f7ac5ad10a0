import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScramClient, ScramError } from './scram.js';

// RFC 7677 section 3: the SCRAM-SHA-256 exchange of user "user", password "pencil".
const CLIENT_NONCE = 'rOprNGfwEbeRWgbNEkqO';
const SERVER_FIRST = 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096';

test('SCRAM-SHA-256 reproduces the RFC 7677 exchange and checks the server signature', () => {
  const s = new ScramClient('SCRAM-SHA-256', 'user', 'pencil', CLIENT_NONCE);
  assert.equal(s.first().toString(), `n,,n=user,r=${CLIENT_NONCE}`);
  assert.equal(
    s.final(Buffer.from(SERVER_FIRST)).toString(),
    'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
  );
  s.verify(Buffer.from('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='));
  assert.throws(
    () => s.verify(Buffer.from('v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=')),
    /signature is wrong/,
  );
  assert.throws(() => s.verify(Buffer.from('e=invalid-proof')), /the server refused: invalid-proof/);
});

test('SCRAM refuses a foreign nonce, too few iterations, and escapes the user name', () => {
  const s = new ScramClient('SCRAM-SHA-512', 'a=b,c', 'pw', 'abc');
  assert.equal(s.first().toString(), 'n,,n=a=3Db=2Cc,r=abc');
  assert.throws(() => s.final(Buffer.from('r=xyz123,s=AAAA,i=4096')), ScramError);
  assert.throws(() => s.final(Buffer.from('r=abcdef,s=AAAA,i=100')), /100 iterations/);
  assert.throws(() => s.final(Buffer.from('garbage')), /malformed/);
  // A SHA-512 proof is 64 bytes.
  const final = s.final(Buffer.from('r=abcdef,s=AAAA,i=4096')).toString();
  assert.equal(Buffer.from(final.split(',p=')[1]!, 'base64').length, 64);
});

test('SCRAM hashes the password as raw UTF-8, without NFKC (as Kafka and librdkafka do)', () => {
  const proof = (password: string): string => {
    const c = new ScramClient('SCRAM-SHA-256', 'user', password, CLIENT_NONCE);
    c.first();
    return c.final(Buffer.from(SERVER_FIRST)).toString();
  };
  // U+FB01 (the "fi" ligature) is "fi" after NFKC; Kafka's broker keeps them apart.
  assert.notEqual(proof('\ufb01sh'), proof('fish'));
  assert.equal(proof('pencil'), proof('pencil'));
});
