/**
 * Triage from the keyboard in the built side panel: a skip link and one Tab
 * stop for the whole list, keys for stage, note and tag, Escape to clear a
 * selection, `?` for the help; and the tag box keeps what is typed while a
 * slow save is still in flight (a write held back by a real IndexedDB
 * transaction, not a mock).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KEYS } from '../../components/sidepanel/useTriageKeys';
import { launchScout, type Scout } from './harness';
import { TEAM, seedWorkspace } from './people';

const [INES, TOMAS] = TEAM as [(typeof TEAM)[number], (typeof TEAM)[number]];
const grid = (page: Page) => page.getByRole('grid', { name: 'Candidates' });
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? null, id: el?.dataset.id ?? null, label: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? null };
  });

async function storedTags(page: Page, id: string): Promise<string[]> {
  return page.evaluate(
    (key) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('candidates').objectStore('candidates').get(key);
          request.onsuccess = () => {
            resolve(request.result?.tags ?? []);
            open.result.close();
          };
        };
      }),
    id,
  );
}

describe('triage from the keyboard', () => {
  let scout: Scout;
  let page: Page;
  beforeAll(async () => {
    scout = await launchScout();
    page = await scout.openExtensionPage('sidepanel.html');
    await page.setViewportSize({ width: 420, height: 800 });
  });
  afterAll(async () => scout?.close());

  test('a skip link reaches the list, and the list is one Tab stop', async () => {
    await seedWorkspace(page, TEAM);
    // The detail loads after the list (its code with the screening engine): a person sees it before tabbing into it.
    await page.getByRole('region', { name: 'Candidate details' }).getByRole('combobox', { name: 'Stage', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ label: 'Skip to candidates' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ role: 'row', id: INES.id });
    expect(await grid(page).locator('[tabindex="0"]').count()).toBe(1);
    // Tab leaves the list for the detail; Shift+Tab from the row goes back to the toolbars above the list (whose
    // last control is the possible-duplicates check), never to another row.
    await page.keyboard.press('Tab');
    expect((await focused(page)).role).not.toBe('row');
    expect(await page.getByRole('region', { name: 'Candidate details' }).evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toMatchObject({ role: 'row', id: INES.id });
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).role).not.toBe('row');
    expect((await focused(page)).label).toBe('Possible duplicates');
    expect(await page.locator('header.sp-top').evaluate((el) => el.contains(document.activeElement))).toBe(true);
  });

  test('x selects, Escape clears the selection; s, n and t reach the stage, the note and the tag', async () => {
    await seedWorkspace(page, TEAM);
    await grid(page).getByRole('gridcell', { name: TOMAS.profiles.linkedin!.basics.name!, exact: true }).click();
    await page.keyboard.press('x');
    await expect.poll(() => page.getByRole('checkbox', { name: `Select ${TOMAS.profiles.linkedin!.basics.name}` }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Selected candidates' }).textContent()).toContain('1 selected');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('group', { name: 'Selected candidates' }).count()).toBe(0);

    const detail = page.getByRole('region', { name: 'Candidate details' });
    // Tomas's detail is on screen (it loads after the list) before the keys that reach into it.
    await detail.getByText(TOMAS.profiles.linkedin!.basics.name!, { exact: true }).first().waitFor();
    await detail.getByRole('combobox', { name: 'Stage', exact: true }).waitFor();
    await page.keyboard.press('s');
    expect(await detail.getByRole('combobox', { name: 'Stage', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ role: 'row', id: TOMAS.id });

    await page.keyboard.press('n');
    const note = detail.getByRole('textbox', { name: 'Note', exact: true });
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    // Typing in the note types: j does not move, 3 does not rate.
    await page.keyboard.type('just 3 years');
    expect(await note.inputValue()).toBe('just 3 years');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ role: 'row', id: TOMAS.id });

    await page.keyboard.press('t');
    expect(await detail.getByRole('combobox', { name: 'Tag', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ role: 'row', id: TOMAS.id });
  });

  test('? opens a help that lists every key; Escape closes it and focus comes back', async () => {
    await seedWorkspace(page, TEAM);
    await grid(page).getByRole('gridcell', { name: INES.profiles.linkedin!.basics.name!, exact: true }).click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    const rows = await help.getByRole('row').allTextContents();
    expect(rows).toHaveLength(KEYS.length);
    for (const key of KEYS) expect(rows.some((row) => row.includes(key.does) && key.keys.every((k) => row.includes(k)))).toBe(true);
    for (const word of ['s', 'n', 't', 'Esc', '?']) expect(KEYS.some((k) => k.keys.includes(word))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(await focused(page)).toMatchObject({ role: 'row', id: INES.id });
  });

  test('the tag box keeps typing while a slow save is in flight', async () => {
    await seedWorkspace(page, TEAM);
    await grid(page).getByRole('gridcell', { name: TOMAS.profiles.linkedin!.basics.name!, exact: true }).click();
    const detail = page.getByRole('region', { name: 'Candidate details' });
    const tagBox = detail.getByRole('combobox', { name: 'Tag', exact: true });

    // A read-write transaction on the candidates, kept alive until released: every save waits behind it.
    await page.evaluate(
      () =>
        new Promise<void>((started) => {
          const w = window as unknown as { __release?: boolean; __released?: Promise<void> };
          w.__release = false;
          const open = indexedDB.open('backend-scout');
          open.onsuccess = () => {
            const tx = open.result.transaction('candidates', 'readwrite');
            const store = tx.objectStore('candidates');
            w.__released = new Promise<void>((done) => (tx.oncomplete = () => done()));
            const spin = () => {
              store.get('nobody').onsuccess = () => {
                if (!w.__release) spin();
              };
            };
            spin();
            started();
          };
        }),
    );

    await tagBox.fill('remote-ok');
    await tagBox.press('Enter');
    // The first tag shows at once and the box is free while its save waits.
    await expect.poll(() => detail.getByRole('list', { name: 'Tags' }).textContent()).toContain('remote-ok');
    expect(await tagBox.inputValue()).toBe('');
    await tagBox.pressSequentially('relocation');
    expect(await tagBox.inputValue()).toBe('relocation');
    await tagBox.press('Enter');
    await expect.poll(() => detail.getByRole('list', { name: 'Tags' }).textContent()).toContain('relocation');

    await page.evaluate(async () => {
      const w = window as unknown as { __release?: boolean; __released?: Promise<void> };
      w.__release = true;
      await w.__released;
    });
    await expect.poll(() => storedTags(page, TOMAS.id)).toEqual(['remote-ok', 'relocation']);
    expect(await tagBox.inputValue()).toBe('');
  });
});
