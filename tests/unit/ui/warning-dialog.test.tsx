// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../../src/ui/messages';
import { WarningDialog, type ReviewChoice } from '../../../src/ui/WarningDialog';
import { findingOver, verdictOf } from './verdict-fixtures';

const TEXT = 'Cabinet papers say parking charges go up 20% in April, not public till next week';
const NOW = new Date('2026-11-23T10:00:00Z');

let host: HTMLElement;
let root: ShadowRoot;
let container: HTMLElement;

beforeEach(() => {
  // Rendered in an open shadow root, as in the page.
  host = document.createElement('postguard-warning');
  document.body.append(host);
  root = host.attachShadow({ mode: 'open' });
  container = document.createElement('div');
  root.append(container);
});
afterEach(() => {
  render(null, container);
  host.remove();
});

function show(verdict = verdictOf([findingOver(TEXT, 'not public till next week')]), text = TEXT, messages = MESSAGES.en) {
  const onChoose = vi.fn<(choice: ReviewChoice) => void>();
  render(<WarningDialog messages={messages} text={text} verdict={verdict} onChoose={onChoose} now={NOW} />, container);
  return onChoose;
}
const dialog = () => root.querySelector<HTMLElement>('[role="alertdialog"]')!;
const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);
const press = (key: string, init: KeyboardEventInit = {}) =>
  (root.activeElement ?? dialog()).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));

describe('WarningDialog', () => {
  it('is an alertdialog named by its title and described by its intro', () => {
    show();
    const d = dialog();
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(d.getAttribute('aria-labelledby')!)?.textContent).toBe('Check this post before it goes out');
    expect(root.getElementById(d.getAttribute('aria-describedby')!)?.textContent).toContain('found 1 thing');
  });

  it('shows the category in plain words, the highlighted words, the message and the clause', () => {
    show();
    expect(root.querySelector('h3')?.textContent).toBe('Confidential information');
    expect(root.querySelector('mark')?.textContent).toBe('not public till next week');
    expect(root.querySelector('.pg-snippet')?.textContent).toBe(TEXT);
    expect(root.textContent).toContain('Lancaster City Council Social Media Policy, 6.1.2');
    expect(root.textContent).toContain('Do not share confidential information.');
  });

  it("shows the council's own wording when the clause carries it", () => {
    const finding = findingOver(TEXT, 'Cabinet papers', {
      clause: { policy: 'P', ref: '1', summary: 'S', text: 'Employees must not disclose confidential information.' },
    });
    show(verdictOf([finding]));
    expect(root.querySelector('blockquote')?.textContent).toBe('Employees must not disclose confidential information.');
  });

  it('moves focus to "Edit post" when it opens', () => {
    show();
    expect(root.activeElement?.textContent).toBe('Edit post');
  });

  it('offers no "Post anyway" when a finding blocks', () => {
    show();
    expect(buttons()).toEqual(['Edit post']);
    expect(root.textContent).toContain("can't be posted as it is");
  });

  it('offers "Post anyway" for warnings, and "Add disclaimer" when a finding has that fix', () => {
    const text = 'As an ABC officer I think the new bin rota is great';
    const onChoose = show(
      verdictOf([findingOver(text, 'As an ABC officer', { category: 'disclaimer-missing', severity: 'warn', fix: { kind: 'add-disclaimer', text: 'Views my own.' } })]),
      text,
    );
    expect(buttons()).toEqual(['Add disclaimer', 'Post anyway', 'Edit post']);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Post anyway')!.click();
    expect(onChoose).toHaveBeenLastCalledWith('post');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add disclaimer')!.click();
    expect(onChoose).toHaveBeenLastCalledWith('add-disclaimer');
  });

  it('Escape means "Edit post"', () => {
    const onChoose = show();
    press('Escape');
    expect(onChoose).toHaveBeenCalledWith('edit');
  });

  it('keeps Tab inside the dialog, both ways', () => {
    const text = 'Vote Green on Thursday';
    show(verdictOf([findingOver(text, 'Vote Green', { category: 'political', severity: 'warn' })]), text);
    const [post, edit] = [...root.querySelectorAll<HTMLButtonElement>('button')];
    expect(root.activeElement).toBe(edit);
    press('Tab');
    expect(root.activeElement).toBe(post); // wrapped from the last to the first
    press('Tab', { shiftKey: true });
    expect(root.activeElement).toBe(edit); // and back from the first to the last
  });

  it('never injects the post as HTML', () => {
    const text = '<img src=x onerror="window.__pwned=1"> leaked <b>budget</b>';
    show(verdictOf([findingOver(text, 'leaked')]), text);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.pg-snippet b')).toBeNull();
    expect(root.querySelector('.pg-snippet')?.textContent).toBe(text);
  });

  it('shows the working-time clause and when personal use is permitted again', () => {
    show(verdictOf([], false), 'Lovely sunny day for a walk');
    expect(root.textContent).toContain('Working time');
    expect(root.textContent).toContain('5.1, 5.2 and Note');
    expect(root.textContent).toContain('Personal use is permitted again from 12:30.');
    expect(buttons()).toEqual(['Post anyway', 'Edit post']);
  });

  it('speaks Welsh when asked', () => {
    show(undefined, undefined, MESSAGES.cy);
    expect(root.querySelector('h3')?.textContent).toBe('Gwybodaeth gyfrinachol');
    expect(buttons()).toEqual(["Golygu'r neges"]);
  });
});
