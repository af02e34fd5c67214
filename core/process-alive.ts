import { readFileSync } from 'node:fs';

/**
 * True when `pid` is a live process of this machine. A zombie (exited, not yet reaped by PID 1, as in
 * containers whose init does not reap) still answers kill(pid, 0) but will never act again: on Linux its
 * /proc state says so.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (macOS): kill(pid, 0) is all we can know
  }
}
