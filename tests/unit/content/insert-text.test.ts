// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendThroughEditor } from '../../../src/content/insert-text';
import { readEditorText } from '../../../src/sites/dom';

const DISCLAIMER = 'The views expressed here are my own.';

/** happy-dom has no execCommand: this stands in for the browser's typing path (insert at the caret + input). */
function fakeExecCommand(works: boolean) {
  return vi.fn((command: string, _ui?: boolean, value?: string) => {
    if (!works || command !== 'insertText') return false;
    const sel = document.getSelection()!;
    const range = sel.getRangeAt(0);
    range.insertNode(document.createTextNode(value ?? ''));
    range.startContainer.parentElement?.closest('[contenteditable]')?.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return true;
  });
}

afterEach(() => {
  delete (document as unknown as Record<string, unknown>).execCommand;
});

describe('appendThroughEditor', () => {
  it('focuses the editor, goes to the end, inserts through execCommand, and verifies', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p><span>Proud of our new recycling scheme</span></p></div>';
    const exec = fakeExecCommand(true);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    const editor = document.getElementById('ed')!;
    await expect(appendThroughEditor(editor, DISCLAIMER, readEditorText)).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, ` ${DISCLAIMER}`);
    expect(document.activeElement).toBe(editor);
    expect(readEditorText(editor)).toBe(`Proud of our new recycling scheme ${DISCLAIMER}`);
  });

  it('reports failure when the editor did not take the text (the caller tells the user)', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"><p>Some text</p></div>';
    (document as unknown as { execCommand: unknown }).execCommand = fakeExecCommand(false);
    await expect(appendThroughEditor(document.getElementById('ed')!, DISCLAIMER, readEditorText)).resolves.toBe(false);
    expect(readEditorText(document.getElementById('ed')!)).toBe('Some text');
  });

  it('adds nothing when the disclaimer is already at the end', async () => {
    document.body.innerHTML = `<div id="ed" contenteditable="true"><p>Hi. ${DISCLAIMER}</p></div>`;
    const exec = fakeExecCommand(true);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    await expect(appendThroughEditor(document.getElementById('ed')!, DISCLAIMER, readEditorText)).resolves.toBe(true);
    expect(exec).not.toHaveBeenCalled();
  });
});
