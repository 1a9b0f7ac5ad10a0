/**
 * Test support shared by the transactional SIGKILL tests (`txn-crash.test.ts`,
 * `txn/commit-boundary-crash.test.ts`): the confluent_kafka (librdkafka) producer loop's helpers,
 * and reading a topic back with read_committed. Run with Debian's /usr/bin/python3.
 */
import { spawn } from 'node:child_process';

/**
 * Python prelude of a transactional loop: `log(**kw)` prints one JSON line; `stop` is set once
 * the test closes the loop's stdin; `new_producer(conf, pause)` retries init_transactions until
 * the broker is back; `commit(p)` retries a retriable commit; `recover(p, err, conf, pause)`
 * aborts after a failed transaction, or makes a new producer after a fatal error, and returns
 * the producer to go on with.
 */
export const TXN_LOOP_PRELUDE = String.raw`
import json, sys, time, threading
from confluent_kafka import Producer, KafkaException
def log(**kw):
    print(json.dumps(kw), flush=True)
stop = threading.Event()
def watch_stdin():
    sys.stdin.read()
    stop.set()
threading.Thread(target=watch_stdin, daemon=True).start()
def new_producer(conf, pause):
    while True:
        try:
            p = Producer(conf)
            p.init_transactions(30)
            return p
        except KafkaException as e:
            log(init_error=str(e.args[0]))
            time.sleep(pause)
def commit(p):
    while True:
        try:
            p.commit_transaction(30)
            return
        except KafkaException as e:
            if e.args[0].retriable():
                continue
            raise
def recover(p, err, conf, pause):
    if err.fatal():
        return new_producer(conf, pause)
    while True:
        try:
            p.abort_transaction(30)
            return p
        except KafkaException as e:
            if e.args[0].fatal():
                return new_producer(conf, pause)
            time.sleep(pause / 2)
`;

const READ_COMMITTED = String.raw`
import json, sys, time
from confluent_kafka import Consumer
bs, topic, quiet = sys.argv[1], sys.argv[2], float(sys.argv[3])
c = Consumer({'bootstrap.servers': bs, 'group.id': 'verify-%f' % time.time(), 'auto.offset.reset': 'earliest',
              'isolation.level': 'read_committed', 'enable.auto.commit': False})
c.subscribe([topic])
got, last = [], time.time()
while time.time() - last < quiet:
    m = c.poll(0.3)
    if m is None or m.error():
        continue
    got.append(m.value().decode())
    last = time.time()
c.close()
print(json.dumps(got))
`;

/** The values of `topic` as read_committed shows them, once no record came for `quietS` seconds. */
export function readCommitted(
  python: string,
  bootstrap: string,
  topic: string,
  quietS: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const c = spawn(python, ['-c', READ_COMMITTED, bootstrap, topic, String(quietS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (text += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    c.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(text.trim()) as string[])
        : reject(new Error(`reader exited ${code}: ${err}`)),
    );
  });
}
