/**
 * The dialog shown when a submit is held: each finding with its words highlighted, the category in plain
 * words, the clause; the working-time clause when personal use is not permitted; and the choices.
 * role="alertdialog" with a name and a description; keyboard only works: focus starts on "Edit post" (the safe
 * choice), Tab stays inside, Escape means "Edit post". Post text is rendered as text nodes, never as HTML.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../engine/types';
import type { CheckResponse } from '../messaging/protocol';
import { formatUntil } from './format';
import type { Messages } from './messages';
import { snippetParts } from './snippet';

/** What the user chose. "post" is never offered when a finding has severity block. */
export type ReviewChoice = 'edit' | 'post' | 'add-disclaimer';

export interface WarningDialogProps {
  messages: Messages;
  /** The post as typed; the findings' offsets point into it. */
  text: string;
  verdict: CheckResponse;
  onChoose: (choice: ReviewChoice) => void;
  /** The clock, for "today" in the permitted-from time (tests pass a fixed one). */
  now?: Date;
}

/** Whether any finding forbids "Post anyway". */
export function hasBlock(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

/** The disclaimer to offer, if a finding carries that fix. */
export function disclaimerFix(verdict: CheckResponse): string | null {
  const fix = verdict.findings.find((f) => f.fix?.kind === 'add-disclaimer')?.fix;
  return fix ? fix.text || verdict.disclaimerText : null;
}

function FindingItem({ finding, text, messages }: { finding: Finding; text: string; messages: Messages }) {
  const { clause } = finding;
  return (
    <li class="pg-finding">
      <div class="pg-finding-head">
        <h3>{messages.category[finding.category]}</h3>
        <span class={`pg-tag pg-tag-${finding.severity}`}>{messages.severity[finding.severity]}</span>
      </div>
      <p class="pg-snippet">
        {snippetParts(text, finding.start, finding.end).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
      </p>
      <p>{finding.message}</p>
      <div class="pg-clause">
        <p>
          <strong>{messages.clauseLabel(clause.policy, clause.ref)}</strong>: {clause.summary}
        </p>
        {clause.text ? (
          <div>
            {messages.councilWording}
            <blockquote>{clause.text}</blockquote>
          </div>
        ) : null}
      </div>
    </li>
  );
}

function WorkingTime({ verdict, messages, now }: { verdict: CheckResponse; messages: Messages; now?: Date }) {
  const { time, workingTime: clause } = verdict;
  return (
    <section class="pg-finding" aria-labelledby="pg-working-time">
      <h3 id="pg-working-time">{messages.workingTimeHeading}</h3>
      <p>{messages.workingTimeBody}</p>
      {time.until ? <p>{messages.permittedFrom(formatUntil(time.until, time.timezone, messages.lang, now))}</p> : null}
      <div class="pg-clause">
        <p>
          <strong>{messages.clauseLabel(clause.policy, clause.ref)}</strong>: {clause.summary}
        </p>
        {clause.text ? <blockquote>{clause.text}</blockquote> : null}
      </div>
    </section>
  );
}

/** Moves focus to the next or previous button, wrapping, so Tab never leaves the dialog. */
function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const buttons = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled])')];
  if (buttons.length === 0) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const index = buttons.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey
    ? index <= 0 ? buttons.length - 1 : index - 1
    : index === -1 || index === buttons.length - 1 ? 0 : index + 1;
  event.preventDefault();
  buttons[next]?.focus();
}

/** The warning dialog. */
export function WarningDialog({ messages, text, verdict, onChoose, now }: WarningDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const blocked = hasBlock(verdict.findings);
  const disclaimer = disclaimerFix(verdict);
  const count = verdict.findings.length + (verdict.time.permitted ? 0 : 1);

  // Focus moves into the dialog, on the least risky choice (WAI-ARIA alertdialog pattern), without scrolling the
  // title and the first finding out of view.
  useLayoutEffect(() => {
    editRef.current?.focus({ preventScroll: true });
    if (dialogRef.current) dialogRef.current.scrollTop = 0;
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onChoose('edit');
    } else if (event.key === 'Tab' && dialogRef.current) {
      trapTab(event, dialogRef.current);
    }
  };

  return (
    <div class="pg-root pg-backdrop">
      <div
        ref={dialogRef}
        class="pg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pg-title"
        aria-describedby="pg-intro"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id="pg-title">{messages.dialogTitle}</h2>
        <p id="pg-intro">
          {messages.dialogIntro(count)}
          {blocked ? ' ' + messages.dialogBlocked : ''}
        </p>
        {verdict.time.permitted ? null : <WorkingTime verdict={verdict} messages={messages} now={now} />}
        {verdict.findings.length > 0 ? (
          <ul class="pg-findings">
            {verdict.findings.map((finding, i) => (
              <FindingItem key={i} finding={finding} text={text} messages={messages} />
            ))}
          </ul>
        ) : null}
        <div class="pg-actions">
          {disclaimer ? (
            <button type="button" class="pg-button" onClick={() => onChoose('add-disclaimer')}>
              {messages.addDisclaimer}
            </button>
          ) : null}
          {blocked ? null : (
            <button type="button" class="pg-button" onClick={() => onChoose('post')}>
              {messages.postAnyway}
            </button>
          )}
          <button ref={editRef} type="button" class="pg-button pg-button-primary" onClick={() => onChoose('edit')}>
            {messages.editPost}
          </button>
        </div>
      </div>
    </div>
  );
}
