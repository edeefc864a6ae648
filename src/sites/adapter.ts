/**
 * The one interface every site adapter implements, and the shared implementation built from a site's
 * selectors. An adapter knows the site's DOM and nothing of rules: adding a site is one spec file here,
 * one entrypoint and its tests.
 */
import type { ComposerKind, Platform } from '../engine/types';
import { closestAcross, eventOrigin, parentAcross, queryAllWithShadows, readEditorText } from './dom';

/** A composer's editable element: a contenteditable root (Draft.js, Lexical, Quill, ProseMirror) or a textarea. */
export type Editor = HTMLElement;

/** What the content script asks of a site. Every method reads the DOM; none writes to it. */
export interface SiteAdapter {
  readonly platform: Platform;
  /** Every composer editor under `root`, including in the open shadow roots the site is known to use. */
  findEditors(root: ParentNode): Editor[];
  /** The editor an element sits in (looking out of open shadow roots), or null. */
  editorAt(node: Element | null): Editor | null;
  /** The editor an event started in (looking through open shadow roots), or null. */
  editorFor(event: Event): Editor | null;
  /** The enabled-or-not submit control an event started in, or null. */
  submitFor(event: Event): HTMLElement | null;
  /** The editors a submit control posts: usually one; an X thread has one per post. */
  editorsOf(submit: HTMLElement): Editor[];
  /** The submit control that posts an editor's text, or null when the site posts on a key (Facebook comments). */
  submitOf(editor: Editor): HTMLElement | null;
  /** The kind of composer, which the engine uses (a LinkedIn recommendation is a reference by definition). */
  kindOf(editor: Editor): ComposerKind;
  /** Whether this keydown, in this editor, posts. */
  isSubmitKey(event: KeyboardEvent, editor: Editor): boolean;
  /** The text as the user sees it, without changing the editor. */
  readText(editor: Editor): string;
  /** The hosts of open shadow roots holding composers, to observe as well as the document. */
  shadowRoots(doc: Document): ShadowRoot[];
}

/** A site described as data plus two small functions; see x.ts, facebook.ts and linkedin.ts. */
export interface SiteSpec {
  platform: Platform;
  /** Selector of editable roots. */
  editor: string;
  /** Selector of the controls that post. */
  submit: string;
  /**
   * Selector of the containers that bound one composer (its dialog, form or article): pairing an editor with
   * a submit control never looks beyond one, so two open composers are never confused.
   */
  boundary: string;
  /** Selector of elements whose open shadow roots hold composers. */
  shadowHosts?: string;
  kindOf(editor: Editor): ComposerKind;
  /**
   * The key that posts from this kind of composer: Ctrl/Cmd+Enter ('mod-enter', X everywhere), a plain
   * Enter without Shift ('enter', Facebook comments), or none (Facebook's Create post: Enter is a new line).
   */
  submitKey(kind: ComposerKind): SubmitKey;
}

/** How a composer posts from the keyboard. */
export type SubmitKey = 'mod-enter' | 'enter' | null;

/** Ctrl+Enter and Cmd+Enter: both are caught (one known extension caught only Cmd, so Ctrl slipped through). */
function isModifiedEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
}

/** Drops matches nested inside other matches, so a selector list never yields one editor twice. */
export function outermost<T extends Element>(elements: T[]): T[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}

/**
 * Walks up from `start` to the first ancestor holding something matching `selector`, never beyond the
 * composer's boundary, and returns every match in that ancestor.
 */
function nearestWithin(start: Element, selector: string, boundary: string): HTMLElement[] {
  for (let node: Element | null = parentAcross(start); node; node = parentAcross(node)) {
    const found = outermost([...node.querySelectorAll<HTMLElement>(selector)]);
    if (found.length > 0) return found;
    if (node.matches(boundary)) return [];
  }
  return [];
}

/** Builds an adapter from a site's spec. */
export function defineSiteAdapter(spec: SiteSpec): SiteAdapter {
  // The outermost match, as findEditors returns, so one editor always has one identity.
  const editorFrom = (el: Element | null): Editor | null => {
    let found = closestAcross(el, spec.editor);
    for (let outer = found; outer; outer = closestAcross(parentAcross(outer), spec.editor)) found = outer;
    return found;
  };
  return {
    platform: spec.platform,
    findEditors: (root) => outermost(queryAllWithShadows(root, spec.editor, spec.shadowHosts)),
    editorAt: editorFrom,
    editorFor: (event) => editorFrom(eventOrigin(event)),
    submitFor: (event) => closestAcross(eventOrigin(event), spec.submit),
    editorsOf: (submit) => nearestWithin(submit, spec.editor, spec.boundary),
    submitOf: (editor) => nearestWithin(editor, spec.submit, spec.boundary)[0] ?? null,
    kindOf: spec.kindOf,
    isSubmitKey(event, editor) {
      if (event.isComposing || event.keyCode === 229) return false; // an input method is composing: not a submit
      if (event.key !== 'Enter') return false;
      const key = spec.submitKey(spec.kindOf(editor));
      return key === 'mod-enter' ? isModifiedEnter(event) : key === 'enter' ? isPlainEnter(event) : false;
    },
    readText: readEditorText,
    shadowRoots(doc) {
      if (!spec.shadowHosts) return [];
      return [...doc.querySelectorAll(spec.shadowHosts)].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
    },
  };
}
