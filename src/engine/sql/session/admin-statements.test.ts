/**
 * STOP JOB cancels a running job of the session (SHOW JOBS then says CANCELED, the job's `done`
 * settles); an unknown or finished job fails with the gateway's message.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createSession } from './session.js';

test('STOP JOB cancels a running INSERT job and SHOW JOBS reports it', async () => {
  const s = createSession();
  try {
    await s.execute("CREATE TABLE src (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = '10')");
    await s.execute("CREATE TABLE snk (a INT) WITH ('connector' = 'blackhole')");
    const job = await s.execute('INSERT INTO snk SELECT a FROM src');
    assert.equal(job.kind, 'job');
    if (job.kind !== 'job') return;
    await s.execute(`STOP JOB '${job.jobId}'`);
    // The unbounded job ends once cancelled (resolved or rejected, but settled).
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      job.done.then(
        () => undefined,
        () => undefined,
      ),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('job did not stop')), 10_000);
      }),
    ]).finally(() => clearTimeout(timer));
    const jobs = await s.execute('SHOW JOBS');
    assert.ok(jobs.kind === 'table');
    if (jobs.kind === 'table') assert.equal(jobs.rows[0]![2], 'CANCELED');
    // Stopping it again: the job is no longer running.
    await assert.rejects(s.execute(`STOP JOB '${job.jobId}'`), /Could not stop job .* for operation/);
    const described = await s.execute(`DESCRIBE JOB '${job.jobId}'`);
    assert.ok(described.kind === 'table' && described.rows[0]![0] === job.jobId);
  } finally {
    await s.close();
  }
});

test('STOP JOB of an unknown id fails with the gateway message', async () => {
  const s = createSession();
  try {
    await assert.rejects(s.execute("STOP JOB 'nope'"), /Could not stop job nope {2}for operation/);
    await assert.rejects(
      s.execute("STOP JOB 'nope' WITH SAVEPOINT"),
      /Could not stop job nope with savepoint for operation/,
    );
  } finally {
    await s.close();
  }
});

test('ADD JAR registers an existing .jar for SHOW JARS; REMOVE JAR drops it; a directory is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-jar-'));
  const s = createSession({ baseDir: dir });
  try {
    writeFileSync(join(dir, 'udf.jar'), 'not really a jar');
    mkdirSync(join(dir, 'dir.jar'));
    await s.execute("ADD JAR 'udf.jar'");
    const jars = await s.execute('SHOW JARS');
    assert.ok(jars.kind === 'table');
    if (jars.kind === 'table') assert.deepEqual(jars.rows, [['udf.jar']]);
    await s.execute("REMOVE JAR 'udf.jar'");
    await s.execute("REMOVE JAR 'never-added.jar'");
    const after = await s.execute('SHOW JARS');
    assert.ok(after.kind === 'table' && after.rows.length === 0);
    await assert.rejects(s.execute("ADD JAR 'dir.jar'"), /is a directory that is not allowed/);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
