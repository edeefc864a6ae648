/**
 * The toolbar popup: is personal use permitted now, the working-time clause, and the disclaimer setting.
 * The status comes from the background (`loadStatus`); while it loads or if it fails, the popup says so in
 * plain words (never an error's own text). It asks again every minute while open, so a break that starts is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StatusResponse } from '../messaging/protocol';
import { DisclaimerSetting, type BooleanSetting } from './DisclaimerSetting';
import type { Messages } from './messages';
import { TimeNow } from './TimeNow';
import { WorkingTimeRule } from './WorkingTimeRule';

export interface PopupProps {
  messages: Messages;
  loadStatus: () => Promise<StatusResponse>;
  disclaimerSetting: BooleanSetting;
  /** How often to ask again while the popup is open (tests pass their own). */
  refreshMs?: number;
}

type Load = { kind: 'loading' } | { kind: 'ready'; status: StatusResponse } | { kind: 'failed' };

export function Popup({ messages, loadStatus, disclaimerSetting, refreshMs = 60_000 }: PopupProps) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // Bumped by "Try again": starts the asking over.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const ask = () =>
      loadStatus().then(
        (status) => live && setLoad({ kind: 'ready', status }),
        () => live && setLoad({ kind: 'failed' }),
      );
    void ask();
    const id = setInterval(ask, refreshMs);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [loadStatus, refreshMs, attempt]);

  const retry = () => {
    setLoad({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };

  return (
    <main class="pg-popup">
      <h1>{messages.productName}</h1>
      <section aria-labelledby="pg-now-heading">
        <h2 id="pg-now-heading">{messages.popupNowHeading}</h2>
        {/* One live region from the first render, so the answer is announced when it arrives. */}
        <div role="status" aria-busy={load.kind === 'loading'}>
          {load.kind === 'loading' ? <p class="pg-hint">{messages.popupLoading}</p> : null}
          {load.kind === 'failed' ? <p class="pg-error">{messages.popupFailed}</p> : null}
          {load.kind === 'ready' ? <TimeNow status={load.status} messages={messages} /> : null}
        </div>
        {load.kind === 'failed' ? (
          <button type="button" class="pg-button" onClick={retry}>
            {messages.popupRetry}
          </button>
        ) : null}
      </section>
      {load.kind === 'ready' ? <WorkingTimeRule clause={load.status.workingTime} messages={messages} /> : null}
      <DisclaimerSetting setting={disclaimerSetting} messages={messages} />
    </main>
  );
}
