import { type CleanedEnv, cleanEnv, EnvError, makeValidator, str, type ValidatorSpec } from 'envalid';

/** Development-only defaults. In production (NODE_ENV=production) they are never used: the
 * variable must be set, and setting it to one of these values is refused too. */
export const DEV_SECRETS = {
  INTERNAL_TOKEN_SECRET: 'dev-only-internal-token-secret-change-me-0001',
  USER_TOKEN_SECRET: 'dev-only-user-token-secret-change-me-000000002',
} as const;

const KNOWN_DEV_SECRETS = new Set<string>(Object.values(DEV_SECRETS));

/** A signing secret: at least 32 characters, and never a development default in production. */
export const secret = makeValidator<string>((value) => {
  if (value.length < 32) throw new EnvError('must be at least 32 characters long');
  if (process.env.NODE_ENV === 'production' && KNOWN_DEV_SECRETS.has(value)) {
    throw new EnvError('is a development default; set a real secret in production');
  }
  return value;
});

/** `mysql://user:pass@host:3306/database` (or `mariadb://`); empty means the embedded database. */
export const databaseUrl = makeValidator<string>((value) => {
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError('must be a URL such as mysql://user:password@host:3306/houqin_directory');
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new EnvError('must start with mysql:// or mariadb://');
  }
  if (url.pathname.length <= 1) throw new EnvError('must name the database, e.g. mysql://host:3306/houqin_directory');
  return value;
});

export const nodeEnv = () =>
  str({
    choices: ['development', 'test', 'production'],
    default: 'development',
    desc: 'production enforces secrets and disables introspection',
  });

export const logLevel = () => str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' });

export type EnvSpec = Record<string, ValidatorSpec<unknown>>;

/**
 * Reads and validates the environment. A missing or bad value stops the process with a message
 * naming every variable at fault, before anything listens or connects.
 */
export function loadConfig<S extends EnvSpec>(service: string, spec: S, env: NodeJS.ProcessEnv = process.env): CleanedEnv<S> {
  return cleanEnv(env, spec, {
    reporter: ({ errors }) => {
      const names = Object.keys(errors);
      if (names.length === 0) return;
      const lines = names.map((name) => `  ${name}: ${describe(errors[name])}`);
      // envalid applies development defaults only when NODE_ENV is set explicitly (and not production).
      const hint = env.NODE_ENV
        ? ''
        : '\n  (NODE_ENV is not set: set NODE_ENV=development to use the development defaults, as `npm start` does)';
      process.stderr.write(`houqin ${service}: invalid configuration, not starting:\n${lines.join('\n')}${hint}\n`);
      process.exit(1);
    },
  });
}

function describe(error: Error | undefined): string {
  if (!error) return 'invalid';
  // envalid reports a missing variable as EnvMissingError with an empty or generic message.
  if (error.name === 'EnvMissingError') return 'is required but not set';
  return error.message || 'invalid';
}

/**
 * The variables of a spec that a production deployment (NODE_ENV=production) must set: those
 * without a `default`. A `devDefault` (or `testDefault`) never applies in production, so a variable
 * that has only those is required there. Presence of the key is what counts, as in envalid itself
 * (`'default' in spec`): `default: undefined` marks an optional variable, which is not required.
 * A variable with `requiredWhen` and a default is conditionally required and is not listed.
 */
export function requiredInProduction(spec: EnvSpec): string[] {
  return Object.entries(spec)
    .filter(([, v]) => !('default' in v))
    .map(([name]) => name);
}
