import { z } from 'zod';
import { warehousePath } from '../../core/config/paths';
import { updateWarehouse } from '../../core/warehouse/publish';
import { readRows } from '../../core/warehouse/with-warehouse';
import { logToStderr, runCli } from '../../core/cli/run-cli';

/**
 * `tsx workflows/cli/activate-cli.ts --version <version>`: makes a registered model version the active one
 * (activate a new version or roll back to an earlier one). Writes through the copy-and-swap writer;
 * the dashboard runs it as a background job. Run `npm run plan` afterwards to recompute the plan.
 */
runCli('activate', async () => {
  const args = z
    .tuple([z.literal('--version'), z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'invalid version name')])
    .safeParse(process.argv.slice(2));
  if (!args.success) throw new Error('usage: tsx workflows/cli/activate-cli.ts --version <version>');
  const version = args.data[1];
  const dbPath = warehousePath();
  logToStderr(`activate ${version} in ${dbPath} ...`);
  const previous = await updateWarehouse(dbPath, async (conn) => {
    const rows = z
      .array(z.object({ status: z.string() }))
      .parse(await readRows(conn, `SELECT status FROM model_registry WHERE version = $version`, { version }));
    if (rows.length === 0) throw new Error(`no model version ${version} in the registry`);
    if (rows[0].status === 'active') return [version];
    const [{ n }] = z
      .array(z.object({ n: z.coerce.number() }))
      .parse(
        await readRows(conn, `SELECT count(*)::INTEGER AS n FROM forecast WHERE model_version = $version`, { version }),
      );
    if (n === 0) throw new Error(`model version ${version} has no stored forecasts; it cannot be activated`);
    const active = z
      .array(z.object({ version: z.string() }))
      .parse(await readRows(conn, `SELECT version FROM model_registry WHERE status = 'active'`));
    await conn.run(`UPDATE model_registry SET status = 'inactive' WHERE status = 'active' AND version <> $version`, {
      version,
    });
    await conn.run(
      `UPDATE model_registry SET status = 'active', note = concat_ws('; ', nullif(note, ''), $note) WHERE version = $version`,
      { version, note: `activated by hand ${new Date().toISOString().slice(0, 19)}Z` },
    );
    return active.map((a) => a.version);
  });
  logToStderr(`model ${version} is active (was: ${previous.join(', ') || 'none'})`);
});
