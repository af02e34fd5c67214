import { mkdirSync } from 'node:fs';
import { modelsDir } from '../../core/config/paths';
import { trainModel } from '../forecasting/train-model';
import { logToStderr, runCli } from '../../core/cli/run-cli';

/** `npm run train`: backtest, fit, register, and activate the new model if it is not worse. */
runCli('train', async () => {
  if (process.argv.length > 2) throw new Error(`unknown argument ${process.argv[2]} (usage: npm run train)`);
  mkdirSync(modelsDir(), { recursive: true });
  const result = await trainModel({ modelsDir: modelsDir(), log: logToStderr });
  console.log(`${result.version} ${result.activated ? 'active' : 'inactive'}: ${result.reason}`);
});
