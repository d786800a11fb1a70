/**
 * What the real-browser tests check of every page's look: axe-core's
 * accessibility rules (no serious or critical violation), the smallest text
 * on screen, sideways overflow, and screenshots kept for review under
 * .output/screenshots/ (git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = resolve('.output/screenshots');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical findings on the page as it is. The script
 * is evaluated through the debugging protocol, which an extension page's
 * content security policy does not govern.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  // Once per document: the page keeps it across the checks of each size and scheme.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The smallest computed font size of any element that shows text, with an example of it. */
export async function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || element.closest('[hidden], .visually-hidden, dialog:not([open])')) continue;
      const px = parseFloat(getComputedStyle(element).fontSize);
      if (px < smallest.px) smallest = { px, text: text.slice(0, 60) };
    }
    return smallest;
  });
}

/** True when nothing on the page scrolls sideways. */
export async function noSidewaysScroll(page: Page): Promise<{ ok: boolean; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) culprits.push('document');
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) culprits.push(element.className || element.tagName);
    }
    return { ok: culprits.length === 0, culprits };
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Light, then dark: the page in each colour scheme, for the callback to check. */
export async function inBothSchemes(page: Page, check: (scheme: 'light' | 'dark') => Promise<void>) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await check(scheme);
  }
  await page.emulateMedia({ colorScheme: null });
}
