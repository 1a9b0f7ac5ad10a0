import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export type LogFormat = 'pretty' | 'json';
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Key names whose values are secrets. pino redacts them at any depth we list (pino's redact
 * paths have no recursive wildcard, so we list the usual depths).
 */
export const SECRET_KEYS = [
  'password',
  'secret',
  'token',
  'apiKey',
  'api_key',
  'apiSecret',
  'api_secret',
  'authorization',
  'sasl.password',
  'ssl.key.password',
  'basic.auth.user.info',
  'credentials',
];

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of SECRET_KEYS) {
    const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const sep = k.startsWith('[') ? '' : '.';
    paths.push(k, `*${sep}${k}`, `*.*${sep}${k}`, `*.*.*${sep}${k}`);
  }
  return paths;
}

export interface RootLoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where to write; defaults to stderr so stdout stays clean for data (e.g. `eddy sql`). */
  destination?: NodeJS.WritableStream;
}

/**
 * The root logger: structured, with secrets redacted by key name. Each component takes a
 * child with `component` set (`root.child({ component: 'broker' })`).
 */
export function createRootLogger(opts: RootLoggerOptions = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? 'info',
    redact: { paths: redactPaths(), censor: '[redacted]' },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const dest = opts.destination ?? process.stderr;
  if ((opts.format ?? 'json') === 'pretty') {
    return pino(options, prettyStream(dest));
  }
  return pino(options, dest as pino.DestinationStream);
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** A small human-readable formatter (pino-pretty would add a dependency tree for one function). */
function prettyStream(dest: NodeJS.WritableStream): pino.DestinationStream {
  return {
    write(line: string) {
      try {
        const {
          level,
          time,
          msg,
          component,
          pid: _pid,
          hostname: _h,
          ...rest
        } = JSON.parse(line) as Record<string, unknown>;
        const t = typeof time === 'string' ? time.slice(11, 23) : '';
        const extra = Object.keys(rest).length > 0 ? ' ' + JSON.stringify(rest) : '';
        const comp = component ? `[${String(component)}] ` : '';
        dest.write(`${t} ${LEVEL_NAMES[level as number] ?? level} ${comp}${String(msg ?? '')}${extra}\n`);
      } catch {
        dest.write(line);
      }
    },
  };
}

/** A logger that drops everything; for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
