/**
 * The popup's answer to "may I post now?": one large plain sentence, then the state, the next change and the
 * council's time zone. Permitted or not is said in words and by a symbol; the colour only repeats it.
 */
import type { StatusResponse } from '../messaging/protocol';
import { formatUntil } from './format';
import type { Messages } from './messages';

export function TimeNow({ status, messages }: { status: StatusResponse; messages: Messages }) {
  const { time } = status;
  // "Today" is the worker's today: the verdict was computed at `status.at`.
  const when = time.until ? formatUntil(time.until, time.timezone, messages.lang, new Date(status.at)) : null;
  return (
    <>
      <p class={`pg-now ${time.permitted ? 'pg-now-permitted' : 'pg-now-working'}`}>
        <span class="pg-now-symbol" aria-hidden="true">
          {time.permitted ? '✓' : '✕'}
        </span>
        <span>{time.permitted ? messages.popupPermitted(time.state, when) : messages.popupNotPermitted(when)}</span>
      </p>
      <dl class="pg-facts">
        <dt>{messages.popupStateLabel}</dt>
        <dd>{messages.popupStateName[time.state]}</dd>
        <dt>{messages.popupNextLabel}</dt>
        <dd>{when ? messages.popupNext(time.permitted, when) : messages.popupNoChange}</dd>
        <dt>{messages.popupZoneLabel}</dt>
        <dd>{time.timezone}</dd>
      </dl>
    </>
  );
}
