import './tracing';
import { closeOnSignals, createLogger } from '@houqin/common';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

const config = loadGatewayConfig();
startGateway(config).then(
  (running) => closeOnSignals(running.logger, running.close),
  (error: unknown) => {
    createLogger('gateway', 'error').fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  },
);
