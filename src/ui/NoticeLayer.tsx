/**
 * The inline notices: one small role="status" line per composer with something to say, placed just above
 * the composer's top-right corner. They take no clicks and no focus (pointer-events: none, nothing focusable),
 * so typing and the site's own buttons are never disturbed.
 */

/** What one notice says and where it sits (viewport coordinates of the composer's corner). */
export interface NoticeModel {
  id: number;
  text: string;
  tone: 'block' | 'warn' | 'info' | 'time' | 'unavailable' | 'none';
  /** Distances from the viewport's right and bottom edges, in pixels. */
  right: number;
  bottom: number;
}

/** Every notice on the page. A status element stays mounted while its composer lives, so changes are announced. */
export function NoticeLayer({ notices }: { notices: readonly NoticeModel[] }) {
  return (
    <div class="pg-root">
      {notices.map((n) => (
        <div
          key={n.id}
          role="status"
          class={`pg-notice pg-tone-${n.tone}`}
          style={{ right: `${Math.max(0, n.right)}px`, bottom: `${Math.max(0, n.bottom)}px` }}
        >
          {n.text}
        </div>
      ))}
    </div>
  );
}
