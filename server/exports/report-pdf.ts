import 'server-only';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../../core/errors';

/**
 * The capacity report's print page rendered to PDF by one shared headless Chromium (Debian's when it is
 * installed): at most two pages render at a time and a few more may wait; beyond that the export answers
 * "busy" instead of starting browsers. The browser closes after a minute without work.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CONCURRENT = 2;
const MAX_WAITING = 8;
const IDLE_MS = 60_000;

interface Renderer {
  browser?: Promise<Browser>;
  running: number;
  waiting: (() => void)[];
  idle?: NodeJS.Timeout;
}
const holder = globalThis as typeof globalThis & { tilannehuonePdf?: Renderer };
const state: Renderer = (holder.tilannehuonePdf ??= { running: 0, waiting: [] });

async function browser(): Promise<Browser> {
  state.browser ??= import('playwright-core').then(async ({ chromium }) => {
    const b = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    b.on('disconnected', () => (state.browser = undefined));
    return b;
  });
  state.browser.catch(() => (state.browser = undefined));
  return state.browser;
}

async function slot(): Promise<void> {
  clearTimeout(state.idle);
  if (state.running < CONCURRENT) {
    state.running += 1;
    return;
  }
  if (state.waiting.length >= MAX_WAITING)
    throw new AppError('busy', 'Too many PDF exports at once; try again shortly');
  await new Promise<void>((resolve) => state.waiting.push(resolve));
}

function release(): void {
  const next = state.waiting.shift();
  if (next) return next();
  state.running -= 1;
  if (state.running === 0) {
    state.idle = setTimeout(() => void state.browser?.then((b) => b.close()).catch(() => undefined), IDLE_MS);
    state.idle.unref();
  }
}

/** Renders `url` as the user whose session `cookie` holds (the print page checks their rights too). */
export async function renderPdf(url: string, cookie: { name: string; value: string } | null): Promise<Buffer> {
  await slot();
  try {
    const context = await (await browser()).newContext();
    if (cookie) await context.addCookies([{ ...cookie, url: new URL(url).origin }]);
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
      });
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
}
