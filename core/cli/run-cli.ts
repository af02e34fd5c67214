/** Shared CLI shell: progress goes to stderr, a failure exits non-zero with a one-line reason. */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`${name} failed: ${message.split('\n')[0]}`);
    process.exit(1);
  });
}

export const logToStderr = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
