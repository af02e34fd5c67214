// Entry of the offers worker thread: registers tsx (a dependency) and loads the pure proposal task, so a
// 6,000-child optimisation never blocks the web server's request thread. Nothing here opens a database.
import { register } from 'tsx/esm/api';

register();
const { runProposeTask } = await import('./propose-task.ts');

export default runProposeTask;
