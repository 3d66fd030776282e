import { closeOnSignals, createLogger } from '@houqin/common';
import { loadGatewayConfig } from './config';
import { startCoprocessor } from './coprocessor';

/** `npm run coprocessor`: the Apollo Router coprocessor (tools/router/README.md), beside a Router instead of the gateway. */
startCoprocessor(loadGatewayConfig()).then(
  (running) => closeOnSignals(running.logger, running.close),
  (error: unknown) => {
    createLogger('coprocessor', 'error').fatal({ err: error }, 'coprocessor failed to start');
    process.exit(1);
  },
);
