/**
 * Finding controls by role and accessible name, as the Chromium tests do
 * with Playwright's getByRole. An exact name is asked of Firefox's own
 * accessibility tree over WebDriver BiDi, as puppeteer's `::-p-aria` query
 * asks it (queryAXTree below). BiDi matches names exactly, so a name given as a pattern
 * (a section titled "Green flags (3)") takes every element of that role from
 * the same tree and reads each one's name from its label, as the page wrote
 * it (aria-label, aria-labelledby, else its text).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';

type Scope = Page | ElementHandle<Element>;

/**
 * What puppeteer's `::-p-aria(name[role="…"])` query does under the hood
 * (its ARIA query handler calls the element's queryAXTree, which is
 * WebDriver BiDi's browsingContext.locateNodes with an accessibility
 * locator: Firefox's own tree decides role and name), called directly: the
 * selector engine around it costs a few hundred milliseconds a query over
 * BiDi (an injected script, a binding round trip, handles moved between
 * realms), several times what Firefox takes to answer.
 */
interface AccessibilityQuery {
  queryAXTree(name?: string, role?: string): AsyncIterable<ElementHandle<Node>>;
}

async function queryAXTree(scope: Scope, role: string, name?: string): Promise<ElementHandle<Element>[]> {
  const document = 'mainFrame' in scope ? await scope.evaluateHandle(() => window.document) : null;
  try {
    const root = (document ?? scope) as unknown as Partial<AccessibilityQuery>;
    if (typeof root.queryAXTree !== 'function') throw new Error('this puppeteer-core has no ElementHandle.queryAXTree: query with ::-p-aria instead (tests/firefox/roles.ts)');
    const found: ElementHandle<Element>[] = [];
    for await (const handle of root.queryAXTree(name || undefined, role)) found.push(handle as ElementHandle<Element>);
    return found;
  } finally {
    await document?.dispose();
  }
}

/** Every element of that role whose name is `name` (or matches it), in document order. */
export async function allByRole(scope: Scope, role: string, name?: string | RegExp): Promise<ElementHandle<Element>[]> {
  if (typeof name !== 'object') return queryAXTree(scope, role, name);
  const all = await queryAXTree(scope, role);
  if (all.length === 0) return [];
  // Each one's name as the page wrote it, read in one round trip.
  const labels = await all[0]!.evaluate(
    (_first, ...elements) =>
      elements.map((el) => {
        const by = el.getAttribute('aria-labelledby');
        if (by) return by.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
        return el.getAttribute('aria-label') ?? el.textContent ?? '';
      }),
    ...all,
  );
  return all.filter((_, i) => name.test(labels[i]!.replace(/\s+/g, ' ').trim()));
}

/** The one element of that role and name, waited for. */
export async function byRole(scope: Scope, role: string, name?: string | RegExp): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element>[] = [];
  await expect
    .poll(async () => (found = await allByRole(scope, role, name)).length, { timeout: 15_000, message: `one ${role} named ${String(name ?? '(any)')}` })
    .toBe(1);
  return found[0]!;
}

export async function countByRole(scope: Scope, role: string, name?: string | RegExp): Promise<number> {
  return (await allByRole(scope, role, name)).length;
}

export async function textOf(handle: ElementHandle<Element>): Promise<string> {
  return handle.evaluate((el) => el.textContent ?? '');
}

/** The first element of `scope` whose text is exactly `text` (a flag's summary, say). */
export async function byText(scope: Scope, selector: string, text: string): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element> | null = null;
  await expect
    .poll(
      async () => {
        for (const handle of await scope.$$(selector)) {
          if ((await textOf(handle)).trim() === text) return (found = handle);
        }
        return null;
      },
      { timeout: 15_000, message: `${selector} with the text ${text}` },
    )
    .not.toBeNull();
  return found!;
}

/** Chooses the option shown as `label` in a <select>, as a recruiter would (input and change events fire). */
export async function selectByLabel(select: ElementHandle<Element>, label: string): Promise<void> {
  const value = await select.evaluate(
    (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.label === wanted || o.text === wanted)?.value ?? null,
    label,
  );
  if (value === null) throw new Error(`no option labelled ${label}`);
  await (select as ElementHandle<HTMLSelectElement>).select(value);
}

/** Clears a text field and types into it with real key events. */
export async function fill(field: ElementHandle<Element>, text: string): Promise<void> {
  await field.click({ count: 3 });
  await field.evaluate((el) => {
    (el as HTMLInputElement).select?.();
  });
  await field.press('Backspace');
  await field.type(text);
}

/** The form control a <label> names, as Playwright's getByLabel (a password field has no textbox role to find it by). */
export async function byLabel(scope: Scope, text: string): Promise<ElementHandle<Element>> {
  let control: ElementHandle<Element> | null = null;
  await expect
    .poll(
      async () => {
        for (const label of await scope.$$('label')) {
          if (!(await textOf(label)).trim().startsWith(text)) continue;
          const handle = await label.evaluateHandle((el: Element) => (el as HTMLLabelElement).control);
          return (control = handle.asElement() as ElementHandle<Element> | null);
        }
        return null;
      },
      { timeout: 15_000, message: `a control labelled ${text}` },
    )
    .not.toBeNull();
  return control!;
}
