/**
 * Resolves EddyConfig from defaults < config file < EDDY_* environment < flags, checking every
 * value against the option table. Every problem is a ConfigError with one line that says what
 * is wrong, where it came from and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, parse as parseYaml } from 'yaml';
import { unknownBrokerSetting } from '../broker/settings.js';
import { unknownRegistrySetting } from '../registry/index.js';
import { ConfigError } from '../common/errors.js';
import type { LogFormat, LogLevel } from '../common/logger.js';
import type { EddyConfig } from './config.js';
import { UP_OPTIONS, type OptionDef } from './options.js';

export interface ConfigSources {
  /** Flag values keyed by option key (as commander gives them, strings), only those given. */
  flags: Partial<Record<OptionDef['key'], string>>;
  /** Path of the config file, if any (flag --config or EDDY_CONFIG). */
  configFile?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stderr is a terminal (decides the default log format). */
  isTTY: boolean;
  /** Component names that exist, in start order. */
  knownComponents: string[];
}

type Raw = { value: string; origin: string };

const SECTION_KEYS = ['broker', 'registry'] as const;

export function resolveConfig(src: ConfigSources): EddyConfig {
  const raw = new Map<OptionDef['key'], Raw>();
  const sections: Pick<EddyConfig, 'broker' | 'registry'> = { broker: {}, registry: {} };

  if (src.configFile) {
    const file = resolve(src.cwd, src.configFile);
    const { doc, text } = readConfigFile(file);
    for (const [k, v] of Object.entries(doc)) {
      if ((SECTION_KEYS as readonly string[]).includes(k)) {
        sections[k as (typeof SECTION_KEYS)[number]] = readSection(file, k, v);
        continue;
      }
      const def = UP_OPTIONS.find((o) => o.flag === k || o.key === k);
      if (!def) {
        const known = [...UP_OPTIONS.map((o) => o.flag), ...SECTION_KEYS].join(', ');
        throw new ConfigError(`${file}: unknown key '${k}' (known keys: ${known})`);
      }
      const value = Array.isArray(v) ? v.join(',') : v;
      if (value === null || typeof value === 'object') {
        throw new ConfigError(`${file}: key '${k}' must be a ${def.type === 'port' ? 'number' : 'string'}`);
      }
      raw.set(def.key, { value: String(value), origin: `${file}: key '${k}'` });
    }
    // Refused here, before any component starts, with the line of the bad name.
    for (const section of SECTION_KEYS) {
      for (const name of Object.keys(sections[section])) {
        const why = section === 'broker' ? unknownBrokerSetting(name) : unknownRegistrySetting(name);
        if (why !== undefined)
          throw new ConfigError(`${file}${sectionKeyPosition(text, section, name)}: ${section}: ${why}`, {
            setting: name,
          });
      }
    }
  }
  for (const def of UP_OPTIONS) {
    const v = src.env[def.env];
    if (v !== undefined && v !== '')
      raw.set(def.key, { value: v, origin: `environment variable ${def.env}` });
  }
  for (const def of UP_OPTIONS) {
    const v = src.flags[def.key];
    if (v !== undefined) raw.set(def.key, { value: v, origin: `--${def.flag}` });
  }

  const get = (key: OptionDef['key']): Raw | undefined => raw.get(key);
  const def = (key: OptionDef['key']) => UP_OPTIONS.find((o) => o.key === key)!;
  const str = (key: OptionDef['key']) => get(key)?.value ?? def(key).default!;

  const components = parseComponents(get('components'), src.knownComponents);
  return {
    dataDir: resolve(src.cwd, str('dataDir')),
    host: parseHost(get('host')) ?? def('host').default!,
    httpPort: parsePort(get('httpPort'), def('httpPort')),
    kafkaPort: parsePort(get('kafkaPort'), def('kafkaPort')),
    registryPort: parsePort(get('registryPort'), def('registryPort')),
    logLevel: parseEnum(get('logLevel'), def('logLevel')) as LogLevel,
    logFormat: (parseEnum(get('logFormat'), def('logFormat')) ??
      (src.isTTY ? 'pretty' : 'json')) as LogFormat,
    components,
    ...sections,
  };
}

/** `:line:column` of key `name` in the file's `section:` map, or '' when not found. */
function sectionKeyPosition(text: string, section: string, name: string): string {
  const lines = new LineCounter();
  const map = parseDocument(text, { lineCounter: lines }).get(section, true);
  if (!isMap(map)) return '';
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
  const at = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  if (at === undefined) return '';
  const { line, col } = lines.linePos(at);
  return `:${line}:${col}`;
}

function readConfigFile(file: string): { doc: Record<string, unknown>; text: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `config file ${file} cannot be read (${code === 'ENOENT' ? 'no such file' : code}); check --config`,
    );
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    const e = err as { message?: string; linePos?: { line: number; col: number }[] };
    const pos = e.linePos?.[0] ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    throw new ConfigError(`${file}${pos}: not valid YAML: ${String(e.message).split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return { doc: {}, text };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ConfigError(`${file}: the config file must be a YAML mapping of keys to values`);
  }
  return { doc: doc as Record<string, unknown>, text };
}

function readSection(file: string, name: string, v: unknown): Record<string, string | number | boolean> {
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new ConfigError(`${file}: '${name}' must be a mapping of setting names to values`);
  }
  const out: Record<string, string | number | boolean> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean') {
      throw new ConfigError(`${file}: '${name}.${k}' must be a string, number or boolean`);
    }
    out[k] = val;
  }
  return out;
}

function parsePort(raw: Raw | undefined, def: OptionDef): number {
  const text = raw?.value ?? def.default!;
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(
      `${raw?.origin ?? `--${def.flag}`}: '${text}' is not a port; use a number from 0 to 65535 (0 = any free port)`,
    );
  }
  return n;
}

function parseEnum(raw: Raw | undefined, def: OptionDef): string | undefined {
  if (!raw) return def.default;
  const v = raw.value.trim().toLowerCase();
  if (!def.choices!.includes(v)) {
    throw new ConfigError(`${raw.origin}: '${raw.value}' is not one of ${def.choices!.join(', ')}`);
  }
  return v;
}

function parseHost(raw: Raw | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.value.trim();
  if (v === '' || /\s|\//.test(v))
    throw new ConfigError(`${raw.origin}: '${raw.value}' is not a host name or address`);
  return v;
}

function parseComponents(raw: Raw | undefined, known: string[]): string[] {
  if (!raw) return [...known];
  const names = raw.value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0)
    throw new ConfigError(`${raw.origin}: name at least one component (${known.join(', ')})`);
  for (const n of names) {
    if (!known.includes(n)) {
      throw new ConfigError(`${raw.origin}: unknown component '${n}' (known: ${known.join(', ')})`);
    }
  }
  // Start order is the platform's, not the order given.
  return known.filter((k) => names.includes(k));
}
