import { trainModel } from '../forecasting/train-model';
import { logToStderr, runCli } from '../../core/cli/run-cli';

/** `npm run train`: nested backtest, forecast, register, and activate the new version if it is not worse. */
runCli('train', async () => {
  if (process.argv.length > 2) throw new Error(`unknown argument ${process.argv[2]} (usage: npm run train)`);
  const result = await trainModel({ log: logToStderr });
  console.log(`${result.version} ${result.activated ? 'active' : 'inactive'}: ${result.reason}`);
});
