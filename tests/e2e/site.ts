// Page-level helpers shared by the end-to-end tests.
import type { Locator, Page } from 'playwright-core';
import { ui } from '../../src/i18n/ui.ts';
import { fold, readCsv } from './data.ts';

export const navLabel = ui['nav.label'];

/** The main navigation landmark, found by its accessible name. */
export function mainNav(page: Page, lang: 'vi' | 'en') {
  return page.getByRole('navigation', { name: navLabel[lang], exact: true });
}

/** Units listed in the communes table: all but the root (the unit with no parent). */
export function listedUnits(): Record<string, string>[] {
  return readCsv('units.csv').filter((u) => (u.parent_code ?? '') !== '');
}

export function unitByFoldedName(name: string): Record<string, string> {
  const unit = readCsv('units.csv').find((u) => fold(u.name!) === name);
  if (!unit) throw new Error(`no unit named "${name}" in data/units.csv`);
  return unit;
}

/** The href of a unit's page, read from the link in the communes table. */
export async function unitPageHref(page: Page, siteUrl: string, lang: 'vi' | 'en', name: string): Promise<string> {
  await page.goto(new URL(lang === 'en' ? 'en/xa/' : 'xa/', siteUrl).href);
  const link = page.locator('main table tbody tr th a', { hasText: new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) }).first();
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no link to "${name}" in the communes table`);
  return new URL(href, page.url()).href;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True once the canvas has at least one non-transparent pixel. */
export async function canvasDrawn(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    if (c.width === 0 || c.height === 0) return false;
    const ctx = c.getContext('2d');
    if (!ctx) return false;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
    return false;
  });
}

/** Number of pages in a PDF: its /Type /Page objects, not /Pages. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
