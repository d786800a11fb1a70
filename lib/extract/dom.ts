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

/**
 * The first of `owner`'s own elements (not inside a nested `boundary`) that the
 * first matching fallback finds: one query for the whole list, then the
 * fallbacks in order (the same answer as trying them one by one, faster).
 */
export function ownFirst(owner: Element, selectors: readonly string[], boundary: string): Element | null {
  const found = own(owner, selectors.join(','), boundary);
  for (const selector of selectors) {
    const hit = found.find((el) => el.matches(selector));
    if (hit) return hit;
  }
  return null;
}

/** Elements matching `selector` under `owner` that are not inside another `boundary` nested in `owner` (a nested entry's own). */
export function own(owner: Element, selector: string, boundary: string): Element[] {
  return [...owner.querySelectorAll(selector)].filter((el) => {
    const nearest = (el.matches(boundary) ? el.parentElement : el)?.closest(boundary);
    return !nearest || nearest === owner || !owner.contains(nearest);
  });
}

/**
 * Elements skipped when reading what a person sees: screen-reader duplicates,
 * buttons ("Show more", "…see more"), LinkedIn's own arithmetic (a range's
 * "3 years 2 months", glued to its end date on guest pages of 2023) and code.
 * Tested by tag and class rather than by selector: reading walks every element.
 */
const SKIP_TAGS = /^(BUTTON|SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;
const SKIP_CLASSES = ['visually-hidden', 'sr-only', 'date-range__duration'];
const skipped = (el: Element) => SKIP_TAGS.test(el.tagName) || SKIP_CLASSES.some((name) => el.classList.contains(name));
/** Elements that start a new line when text keeps its lines (and a word anyway). */
const BLOCKS = 'p div li ul ol h1 h2 h3 h4 h5 h6 section article blockquote pre tr'.split(' ');
const BLOCK = new RegExp(`^(${BLOCKS.join('|')})$`, 'i');
/** What the plain walk handles and the browser's own textContent would not: skipped elements, line breaks, blocks. */
const NOT_PLAIN = ['button,script,style,template,noscript,br', ...BLOCKS, ...SKIP_CLASSES.map((name) => `.${name}`)].join(',');

/**
 * The text a sighted reader sees, read through text nodes only (never HTML):
 * screen-reader duplicates such as LinkedIn's `.visually-hidden` spans are
 * skipped, and with `lines` a <br> or a block starts a new line.
 */
export function visibleText(element: Element | null | undefined, lines = false): string {
  if (!element || skipped(element)) return '';
  // Most of what is read is plain inline text: the browser's own textContent gives the same, faster.
  if (!element.firstElementChild || !element.querySelector(NOT_PLAIN)) return element.textContent ?? '';
  const parts: string[] = [];
  const gap = lines ? '\n' : ' ';
  // Siblings by reference, not childNodes lists: reading walks every node of a section.
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (skipped(el)) continue;
        if (el.tagName === 'BR') {
          parts.push(gap);
          continue;
        }
        const block = BLOCK.test(el.tagName);
        if (block) parts.push(gap);
        walk(el);
        if (block) parts.push(gap);
      }
    }
  };
  walk(element);
  return parts.join('');
}
