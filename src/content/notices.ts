/**
 * The notice board: what each composer's inline notice says, turned into positioned models for the notice
 * layer. The layer is mounted lazily, on the first notice, so a page where nothing is typed gets no extra
 * element at all.
 */
import type { Finding } from '../engine/types';
import type { Editor } from '../sites/adapter';
import { worstSeverity } from '../ui/format';
import type { Messages } from '../ui/messages';
import type { NoticeModel } from '../ui/NoticeLayer';
import type { NoticeSurface } from '../ui/mount';
import type { Verdict } from './verdicts';

/** What one notice says. */
export interface NoticeContent {
  text: string;
  tone: NoticeModel['tone'];
}

/** The notice for a verdict: count and worst severity, or working time; null when there is nothing to say. */
export function noticeFor(verdict: Verdict, messages: Messages): NoticeContent | null {
  const worst = worstSeverity(verdict.findings as Finding[]);
  if (worst) return { text: messages.noticeIssues(verdict.findings.length, messages.severity[worst]), tone: worst };
  if (!verdict.time.permitted) return { text: messages.noticeWorkingTime, tone: 'time' };
  return null;
}

export interface NoticeBoard {
  /** Sets (or clears, with null) the notice of a composer. */
  set(editor: Editor, content: NoticeContent | null): void;
  /** A notice for the page, when there is no composer to put it by (a selector stopped matching). */
  setPage(content: NoticeContent | null): void;
  /** Forgets a composer that left the page. */
  drop(editor: Editor): void;
  /** Places every notice again (after scrolling, resizing or typing), on the next animation frame. */
  reposition(): void;
}

/** Gap between the notice and the composer, in px. */
const INSET = 4;

/** A board rendering through `mount()` (called once, on the first notice). */
export function createNoticeBoard(mount: () => Promise<NoticeSurface>, win: Window): NoticeBoard {
  const contents = new Map<Editor | 'page', { id: number; content: NoticeContent | null }>();
  let nextId = 1;
  let surface: Promise<NoticeSurface> | null = null;

  const models = (): NoticeModel[] => {
    const out: NoticeModel[] = [];
    for (const [owner, { id, content }] of contents) {
      const base = { id, text: content?.text ?? '', tone: content?.tone ?? 'none' } as const;
      if (owner === 'page') {
        out.push({ ...base, right: 16, bottom: 16 });
        continue;
      }
      if (!owner.isConnected) continue;
      const rect = owner.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // hidden composer (closed tab of a dialog)
      // Just above the composer's top-right corner: never over the user's text, and clear of the Post buttons,
      // which all three sites put below or beside the editor.
      out.push({ ...base, right: win.innerWidth - rect.right, bottom: win.innerHeight - rect.top + INSET });
    }
    return out;
  };

  const render = () => {
    const hasAny = [...contents.values()].some((c) => c.content);
    if (!surface && !hasAny) return;
    surface ??= mount();
    // A failed mount leaves the page as it was: notices are a courtesy, never a reason to break posting.
    surface.then((s) => s.render(models())).catch(() => {});
  };

  const setOwner = (owner: Editor | 'page', content: NoticeContent | null) => {
    const entry = contents.get(owner);
    // Same words, same tone: skip re-rendering (and re-announcing the status).
    if (entry && entry.content?.text === content?.text && entry.content?.tone === content?.tone) return;
    contents.set(owner, { id: entry?.id ?? nextId++, content });
    render();
  };

  // Repositioning reads layout (getBoundingClientRect): at most once a frame, however often it is asked for
  // (every keystroke, every scroll event).
  let framePending = false;
  const repositionSoon = () => {
    if (framePending || (!surface && contents.size === 0)) return;
    framePending = true;
    win.requestAnimationFrame(() => {
      framePending = false;
      render();
    });
  };

  return {
    set: setOwner,
    setPage: (content) => setOwner('page', content),
    drop(editor) {
      if (contents.delete(editor)) render();
    },
    reposition: repositionSoon,
  };
}
