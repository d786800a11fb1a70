/**
 * Small DOM helpers the extractors share. They take a ParentNode so the same
 * code runs on the live page (content script) and on a parsed page in Node
 * (linkedom, for the CLI and tests). No zod here: content scripts stay tiny,
 * and the background validates what they send.
 */

/** The first element any of the fallback selectors finds, or null. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Whitespace-folded text content; never HTML. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
