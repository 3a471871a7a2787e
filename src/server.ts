import { ConfigError, readConfig, type Config } from './config';

/**
 * `npm start`. The configuration is checked before anything heavy loads, so a bad setting is
 * reported in one line within a second or two.
 */
let config: Config;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`luoshi: ${error.message}\n`);
  process.exit(1);
}
const { startServer } = await import('./start-server');
await startServer(config);
