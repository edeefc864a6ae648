/**
 * DOM helpers the site adapters share. They take the node to start from as a parameter (no globals), cross
 * OPEN shadow roots where a site puts its composer in one (LinkedIn's #interop-outlet), and never write.
 */

/** The element an event really started on, looking through open shadow roots (event.target is retargeted). */
export function eventOrigin(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  if (first instanceof Element) return first;
  // A text node can be the origin of some events; its parent is the element that matters.
  return first instanceof Node ? first.parentElement : null;
}

/** The parent of a node, stepping out of a shadow root to its host. */
export function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** Like Element.closest, but continues from a shadow root to its host. */
export function closestAcross(start: Element | null, selector: string): HTMLElement | null {
  let node: Element | null = start;
  while (node) {
    const match = node.closest<HTMLElement>(selector);
    if (match) return match;
    // closest() stops at a shadow root's boundary; carry on from its host.
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** querySelectorAll over a root and the open shadow roots of the given hosts inside it (one level deep). */
export function queryAllWithShadows(root: ParentNode, selector: string, shadowHosts?: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  if (shadowHosts) {
    for (const host of root.querySelectorAll(shadowHosts)) {
      if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll<HTMLElement>(selector));
    }
  }
  return found;
}

/**
 * The text of an editor as the user sees it, read without touching it: a textarea's value, or a
 * contenteditable root's innerText (placeholders are not text nodes, and block boundaries become newlines).
 */
export function readEditorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  return editor.innerText ?? editor.textContent ?? '';
}

/** Whether a control says it cannot be used now (X disables Post while the box is empty). */
export function isDisabledControl(control: HTMLElement): boolean {
  return control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled === true;
}
