/**
 * Puts the UI in the page: each surface is a WXT shadow-root UI (open mode) hosted by a <postguard-warning>
 * element, so the page's CSS cannot restyle it and ours cannot leak out.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { NoticeLayer, type NoticeModel } from './NoticeLayer';
import { UI_CSS } from './styles';
import { WarningDialog, type ReviewChoice, type WarningDialogProps } from './WarningDialog';

/** The host element's name: tests and the page see Post Guard's UI as <postguard-warning>. */
export const HOST_NAME = 'postguard-warning';

/** Above the sites' own overlays (X and Facebook stack dialogs in the low thousands). */
const Z_INDEX = 2147483000;

/** The notice layer: one surface for the page, rendered again whenever a notice changes or moves. */
export interface NoticeSurface {
  render(notices: readonly NoticeModel[]): void;
  /** The host element, so event handlers can tell Post Guard's own UI from the page. */
  host: HTMLElement;
}

/** Mounts the notice layer at the end of <body>. */
export async function mountNoticeSurface(ctx: ContentScriptContext): Promise<NoticeSurface> {
  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    position: 'overlay',
    zIndex: Z_INDEX,
    anchor: 'body',
    css: UI_CSS,
    onMount: (container) => container,
    onRemove: (container) => container && render(null, container),
  });
  ui.mount();
  return {
    host: ui.shadowHost,
    render: (notices) => render(h(NoticeLayer, { notices }), ui.uiContainer),
  };
}

/**
 * Shows the warning dialog and resolves with the user's choice, then removes it. It is mounted inside the
 * composer's own modal when there is one: the sites trap focus inside their modals, and would pull focus
 * back out of a dialog placed elsewhere.
 */
export async function showWarningDialog(
  ctx: ContentScriptContext,
  near: Element,
  props: Omit<WarningDialogProps, 'onChoose'>,
): Promise<ReviewChoice> {
  const anchor = near.closest('[aria-modal="true"], [role="dialog"], dialog') ?? near.ownerDocument.body;
  let choose: (choice: ReviewChoice) => void = () => {};
  const chosen = new Promise<ReviewChoice>((resolve) => (choose = resolve));
  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    position: 'modal',
    zIndex: Z_INDEX,
    anchor,
    append: 'last',
    css: UI_CSS,
    // Keys and focus moves inside the dialog are Post Guard's: the site's shortcuts and focus traps must not see them.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'focusin', 'focusout'],
    onMount: (container) => {
      render(h(WarningDialog, { ...props, onChoose: (choice) => choose(choice) }), container);
      return container;
    },
    onRemove: (container) => container && render(null, container),
  });
  ui.mount();
  // If the page goes away or the extension reloads, the post is not held hostage: treat as "Edit post".
  const stop = ctx.onInvalidated(() => choose('edit'));
  try {
    return await chosen;
  } finally {
    stop();
    ui.remove();
  }
}
