import { bool, num, str } from 'envalid';
import { DEV_SECRETS, loadConfig, secret } from '@houqin/common';
import { subgraphEnvSpec } from '@houqin/subgraph-kit';
import type { AuthSettings } from './context';
import type { WebhookSettings } from './webhook/webhook.dispatcher';

export const DIRECTORY_PORT = 4001;

/** Environment of the directory service (validated at start; see docs/configuration.md). */
export const directoryEnvSpec = {
  ...subgraphEnvSpec(DIRECTORY_PORT),
  USER_TOKEN_SECRET: secret({ devDefault: DEV_SECRETS.USER_TOKEN_SECRET, desc: 'signs user tokens; shared with the gateway only' }),
  USER_TOKEN_TTL_SECONDS: num({ default: 8 * 3600, desc: 'lifetime of a user token (default 8 hours: one working day)' }),
  PASSWORD_HASH_COST: num({ default: 12, desc: 'bcrypt cost factor (10 or more in production)' }),
  LOGIN_MAX_FAILURES: num({ default: 5, desc: 'failed sign-ins for one username before it is locked' }),
  LOGIN_LOCK_SECONDS: num({ default: 900, desc: 'window counted from the first failure; the lock lasts until it ends' }),
  REDIS_URL: str({
    default: '',
    desc: 'redis://host:6379: login failures are counted there, once across every directory replica; empty = in this process',
  }),
  REDIS_KEY_PREFIX: str({ default: 'houqin', desc: 'prefix of the keys the directory writes in Redis' }),
  WEBHOOK_ALLOW_PRIVATE_URLS: bool({
    default: false,
    devDefault: true,
    desc: 'let webhook endpoints be on loopback, private and link-local addresses (never in production: SSRF)',
  }),
};

export function loadDirectoryConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig('directory', directoryEnvSpec, env);
}

export function authSettings(config: ReturnType<typeof loadDirectoryConfig>): AuthSettings {
  return {
    userTokenSecret: config.USER_TOKEN_SECRET,
    userTokenTtlSeconds: config.USER_TOKEN_TTL_SECONDS,
    passwordHashCost: config.PASSWORD_HASH_COST,
    loginMaxFailures: config.LOGIN_MAX_FAILURES,
    loginLockSeconds: config.LOGIN_LOCK_SECONDS,
    redisUrl: config.REDIS_URL,
    redisKeyPrefix: config.REDIS_KEY_PREFIX,
  };
}

/** How district webhooks may be sent (see apps/directory/src/webhook). */
export function webhookSettings(config: ReturnType<typeof loadDirectoryConfig>): WebhookSettings {
  return { allowPrivateUrls: config.WEBHOOK_ALLOW_PRIVATE_URLS };
}
