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

/** Every element the first matching fallback finds (fallbacks are alternatives, not a union). */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Elements matching `selector` under `owner` that are not inside another `boundary` nested in `owner` (a nested entry's own). */
export function own(owner: Element, selector: string, boundary: string): Element[] {
  return [...owner.querySelectorAll(selector)].filter((el) => {
    const nearest = (el.matches(boundary) ? el.parentElement : el)?.closest(boundary);
    return !nearest || nearest === owner || !owner.contains(nearest);
  });
}

/** Elements skipped when reading what a person sees: screen-reader duplicates, buttons ("Show more", "…see more"), LinkedIn's own arithmetic (a range's "3 years 2 months", glued to its end date on guest pages of 2023) and code. */
const SKIP = '.visually-hidden, .sr-only, .date-range__duration, button, script, style, template, noscript';
/** Elements that start a new line when text keeps its lines. */
const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|SECTION|ARTICLE|BLOCKQUOTE|PRE|TR)$/;

/**
 * The text a sighted reader sees, read through text nodes only (never HTML):
 * screen-reader duplicates such as LinkedIn's `.visually-hidden` spans are
 * skipped, and with `lines` a <br> or a block starts a new line.
 */
export function visibleText(element: Element | null | undefined, lines = false): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches(SKIP)) continue;
        if (el.tagName === 'BR') {
          parts.push(lines ? '\n' : ' ');
          continue;
        }
        const block = BLOCK.test(el.tagName);
        if (block) parts.push(lines ? '\n' : ' ');
        walk(el);
        if (block) parts.push(lines ? '\n' : ' ');
      }
    }
  };
  if (element.matches(SKIP)) return '';
  walk(element);
  return parts.join('');
}
