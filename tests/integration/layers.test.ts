import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * The import-layer rules of `npm run lint` (.dependency-cruiser.cjs) on a scratch tree: they refuse a
 * pipeline or a model importing the app, and pass the allowed direction. (The real tree is checked by
 * the lint itself.)
 */
const dir = mkdtempSync(path.join(tmpdir(), 'th-layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

const cruise = () =>
  spawnSync(
    path.resolve('node_modules/.bin/depcruise'),
    ['core', 'pipelines', 'models', 'app', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' },
  );

it('refuses pipelines/ and models/ importing from app/, and allows app/ importing core/', () => {
  cpSync('.dependency-cruiser.cjs', path.join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } }),
  );
  tree({
    'core/value.ts': 'export const value = 1;\n',
    'app/page.ts': "import { value } from '@/core/value';\nexport const page = value;\n",
    'pipelines/source.ts': "import { page } from '../app/page';\nexport const source = page;\n",
    'models/model.ts': "import { page } from '@/app/page';\nexport const model = page;\n",
  });
  const refused = cruise();
  expect(refused.status).not.toBe(0);
  expect(refused.stdout).toContain('pipelines-imports-only-core-domain: pipelines/source.ts → app/page.ts');
  expect(refused.stdout).toContain('models-imports-only-core-domain: models/model.ts → app/page.ts');
  rmSync(path.join(dir, 'pipelines'), { recursive: true });
  rmSync(path.join(dir, 'models'), { recursive: true });
  tree({
    'pipelines/source.ts': "import { value } from '../core/value';\nexport const source = value;\n",
    'models/model.ts': 'export const model = 2;\n',
  });
  expect(cruise().status).toBe(0);
}, 60_000);
