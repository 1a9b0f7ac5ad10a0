/**
 * `eddy up`: starts the whole platform in this process and prints where everything is.
 * Ctrl-C / SIGTERM stop the components in reverse order and exit 0 within 5 s; a second
 * Ctrl-C exits at once.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { createRootLogger } from '../../common/logger.js';
import { EDDY_VERSION } from '../../common/version.js';
import { resolveConfig } from '../../server/config-loader.js';
import { UP_OPTIONS, type OptionDef } from '../../server/options.js';
import type { RunningPlatform } from '../../server/platform.js';
import { reportError } from '../errors.js';

/** How long shutdown may take before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 4500;

export function registerUpCommand(program: Command): void {
  const cmd = program
    .command('up')
    .description('start the whole platform (broker, schema registry, control plane) in one process')
    .option('-c, --config <file>', 'YAML config file with the same keys as the flags (env EDDY_CONFIG)');
  for (const def of UP_OPTIONS) {
    const opt = new Option(`--${def.flag} <${def.arg}>`, describe(def));
    if (def.type === 'enum' && def.choices) opt.choices([...def.choices]);
    cmd.addOption(opt);
  }
  cmd.addHelpText(
    'after',
    '\nEvery flag can also be set by its environment variable (EDDY_DATA_DIR, EDDY_HTTP_PORT, …) or in\nthe config file; flags win over the environment, which wins over the file. See docs/configuration.md.',
  );
  cmd.action(async (flags: Record<string, string | undefined>) => {
    const given: Partial<Record<OptionDef['key'], string>> = {};
    for (const def of UP_OPTIONS) {
      const v = flags[camel(def.flag)];
      if (v !== undefined) given[def.key] = v;
    }
    // Loaded here, not at the top: the platform pulls in every component, and `eddy --help` or
    // `eddy sql` should not pay for that.
    const { knownComponents, startPlatform } = await import('../../server/platform.js');
    const config = resolveConfig({
      flags: given,
      configFile: flags.config ?? process.env.EDDY_CONFIG,
      env: process.env,
      cwd: process.cwd(),
      isTTY: Boolean(process.stderr.isTTY),
      knownComponents: knownComponents(),
    });
    const logger = createRootLogger({ level: config.logLevel, format: config.logFormat });
    // Signals are taken before anything starts: a Ctrl-C during startup (or right after
    // endpoints.json appears) must stop the platform cleanly, not kill the process mid-write.
    const shutdown = new ShutdownSignals(logger);
    const platform = await startPlatform(config, { logger });
    if (!shutdown.requested) process.stdout.write(banner(platform));
    await shutdown.stopOnSignal(platform);
  });
}

function describe(def: OptionDef): string {
  const dflt = def.default !== undefined ? ` (default ${def.default})` : '';
  return `${def.description}${dflt} [env ${def.env}]`;
}

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

const LABELS: Record<string, string> = {
  http: 'Control plane',
  broker: 'Kafka broker',
  registry: 'Schema Registry',
};

export function banner(platform: RunningPlatform): string {
  const lines = [`Eddy ${EDDY_VERSION} is up (data dir ${platform.config.dataDir}, pid ${process.pid})`];
  for (const [name, ep] of Object.entries(platform.endpoints)) {
    lines.push(`  ${(LABELS[name] ?? name).padEnd(31)}${ep.url}`);
  }
  lines.push('Press Ctrl-C to stop.');
  return lines.join('\n') + '\n';
}

/**
 * SIGINT / SIGTERM: the first stops the platform (exit 0 within the deadline), a second exits
 * at once with 130.
 */
class ShutdownSignals {
  requested = false;
  private signals = 0;
  private onRequest: (() => void) | undefined;
  private readonly handler = (sig: NodeJS.Signals): void => {
    this.signals++;
    if (this.signals > 1) {
      process.stderr.write('eddy: second interrupt, exiting now\n');
      process.exit(130);
    }
    this.requested = true;
    this.logger.info({ signal: sig }, 'shutting down');
    const deadline = setTimeout(() => {
      process.stderr.write('eddy: shutdown took too long, exiting\n');
      process.exit(0);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    this.onRequest?.();
  };

  constructor(private readonly logger: ReturnType<typeof createRootLogger>) {
    process.on('SIGINT', this.handler);
    process.on('SIGTERM', this.handler);
  }

  /** Resolves once a signal has arrived (or had arrived) and the platform has stopped. */
  stopOnSignal(platform: RunningPlatform): Promise<void> {
    return new Promise((resolve) => {
      this.onRequest = () => {
        platform
          .stop()
          .catch((err: unknown) => reportError(err))
          .finally(() => {
            process.off('SIGINT', this.handler);
            process.off('SIGTERM', this.handler);
            this.logger.flush?.();
            resolve();
          });
      };
      if (this.requested) this.onRequest();
    });
  }
}
