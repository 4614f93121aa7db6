/**
 * A self-contained HTML page printed to PDF (A4, its own @page and print rules) by headless
 * Chromium through playwright-core. Every request the page would make is refused: the report
 * needs none. Chromium missing, or playwright-core not installed, is a usage problem (exit 2).
 */
import { existsSync } from 'node:fs';
import { UsageError } from './UsageError.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function printPdf(html: string, flag = '--pdf'): Promise<Uint8Array> {
  if (!existsSync(CHROMIUM))
    throw new UsageError(
      `${flag}: printing a PDF needs Chromium, not found at ${CHROMIUM} ` +
        '(Debian: apt-get install chromium; or set CHROMIUM_PATH); the HTML report needs nothing',
    );
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UsageError(`${flag}: printing a PDF needs the npm package playwright-core (npm install playwright-core); the HTML report needs nothing`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
