import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one line an event, each carrying the service name. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', '*.password', '*.token'], censor: '[redacted]' },
  });
}
