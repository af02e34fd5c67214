import { parseArgs } from 'node:util';
import { logToStderr, runCli } from '../../core/cli/run-cli';
import { badRequest } from '../../core/errors';
import { activateVersion, modelVersionSchema } from '../forecasting/activate-model';

/**
 * `npm run activate -- --version <version>`: makes a registered model version the active one
 * (activation or roll-back). The dashboard runs the same workflow as a background job; the plan is
 * recomputed by the next refresh because its basis names the previous version.
 */
runCli('activate', async () => {
  const { values } = parseArgs({ options: { version: { type: 'string' } } });
  const version = modelVersionSchema.safeParse(values.version);
  if (!version.success) throw badRequest('usage: npm run activate -- --version <version>');
  await activateVersion(version.data, logToStderr);
});
