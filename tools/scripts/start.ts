import concurrently from 'concurrently';
import { productionNodeArgs } from '@houqin/testing';
import { createDatabase, withDatabase } from '@houqin/persistence';
import { SUBGRAPHS } from '../subgraphs';

/**
 * `npm start`: every subgraph, the gateway and the web console as separate processes in the foreground, output
 * prefixed by service. Ctrl-C is forwarded to each service, which drains and closes its database
 * before the launcher exits.
 * - Without HOUQIN_MYSQL_URL, services use the embedded database under data/ and seed the demo
 *   district on first start.
 * - With HOUQIN_MYSQL_URL=mysql://user:pass@host:3306, each subgraph gets its own database
 *   houqin_<service> on that server (created when missing; migrations run at start).
 * - `npm run start:prod` (`--compiled`): the services run the compiled dist/ (`npm run build`) with
 *   plain node, as the image does; `npm start` runs the TypeScript through @swc-node/register.
 */
const VITE = 'node_modules/vite/bin/vite.js';

async function main() {
  const server = process.env.HOUQIN_MYSQL_URL;
  const databaseUrl = (name: string) => (server ? withDatabase(server, `houqin_${name}`) : '');
  if (server) for (const { name } of SUBGRAPHS) await createDatabase(databaseUrl(name));

  const nodeEnv = process.env.NODE_ENV ?? 'development';
  const compiled = process.argv.includes('--compiled');
  const command = (name: string) =>
    compiled
      ? `node ${productionNodeArgs(name).join(' ')} dist/apps/${name}/src/main.js`
      : `node --enable-source-maps -r @swc-node/register apps/${name}/src/main.ts`;
  const { result } = concurrently(
    [
      ...SUBGRAPHS.map(({ name }) => ({ name, command: command(name), env: { NODE_ENV: nodeEnv, DATABASE_URL: databaseUrl(name) } })),
      { name: 'gateway', command: command('gateway'), env: { NODE_ENV: nodeEnv } },
      // The web console at http://localhost:4200 (CONSOLE_PORT), /graphql proxied to the gateway: Vite's
      // development server, or with --compiled the built bundle (npm run build) served as a district would.
      { name: 'console', command: `node ${VITE} ${compiled ? 'preview ' : ''}--config apps/console/vite.config.mts` },
    ],
    { prefix: 'name', killOthersOn: ['failure'], prefixColors: ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red'] },
  );
  await result;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof Error) console.error(error.message);
    process.exit(1);
  },
);
