// Finds English words in the kit's own text, for stories shown in Chinese. The kit's text is
// whatever its components render, minus what is verbatim by nature: codes, request IDs, the
// server's message and policy JSON, all marked `translate="no"`.

/** Latin-script words that Chinese console text uses as they are. */
const KEPT = new Set(['AccessKey', 'Mbit']);

/** The outermost elements of the kit's components. */
const KIT_ROOTS = '.slb-toast-viewport, .slb-toast, .slb-banner, .slb-banner-stack, .slb-inline-error, .slb-outlet';

/** An English word: two lower-case letters in a row (acronyms such as RAM, ID, HTTP pass). */
const WORD = /[A-Za-z]*[a-z]{2,}[A-Za-z]*/g;

function isKitText(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  // Inside one of the kit's components (a story's own buttons may borrow the kit's button style).
  if (!parent.closest(KIT_ROOTS)) return false;
  if (parent.closest('[translate="no"], code, pre, kbd')) return false;
  // Hidden text (closed details, decorative icons) is neither read nor seen.
  return parent.closest('[hidden], [aria-hidden="true"]') === null;
}

/** English words in the kit's text under `root`, with the text they occur in. */
export function untranslatedWords(root: ParentNode): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isKitText(node)) continue;
    const text = node.textContent ?? '';
    // Dotted names (a domain, `slb:CreateLoadBalancer`'s kin) are names, not words.
    for (const word of text.replace(/[\w:-]+(\.[\w-]+)+/g, ' ').match(WORD) ?? []) {
      if (!KEPT.has(word)) found.push(`"${word}" in "${text.trim()}"`);
    }
  }
  return found;
}
