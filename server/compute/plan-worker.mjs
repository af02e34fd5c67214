// Entry of a plan worker thread. The product runs its TypeScript through tsx (a dependency), so the
// worker registers it and then loads the pure planning task; nothing here touches a database.
import { register } from 'tsx/esm/api';

register();
const { runPlanTask } = await import('./plan-task.ts');

export default runPlanTask;
