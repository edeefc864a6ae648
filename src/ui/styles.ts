/**
 * The styles of the in-page UI, injected into its shadow root (so the page's CSS cannot reach in, and ours
 * cannot leak out). Colours meet WCAG 2.2 AA: every text colour below is at least 4.5:1 on its background,
 * focus rings and control borders at least 3:1; controls are at least 44 px (target size, 2.5.8 asks 24).
 */
export const UI_CSS = `
.pg-root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; }
.pg-notice {
  position: fixed; max-width: 320px; box-sizing: border-box; padding: 4px 10px;
  background: #ffffff; color: #1b1b1b; border: 1px solid #595959; border-left-width: 5px; border-radius: 6px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  box-shadow: 0 1px 4px rgba(0,0,0,.25);
  /* Never in the way: the notice takes no clicks and no focus; the page beneath keeps working. */
  pointer-events: none;
}
/* Kept in the DOM while empty (a live region must exist before it speaks), but invisible. */
.pg-notice:empty { border: 0; padding: 0; box-shadow: none; }
.pg-tone-block { border-left-color: #8c1d18; }
.pg-tone-warn { border-left-color: #7a4f01; }
.pg-tone-info, .pg-tone-time { border-left-color: #1f4e79; }
.pg-tone-unavailable { border-left-color: #595959; }
.pg-backdrop {
  position: fixed; inset: 0; background: rgba(0,0,0,.55); display: flex; align-items: center; justify-content: center;
  padding: 16px; box-sizing: border-box;
}
.pg-dialog {
  background: #ffffff; color: #1b1b1b; border-radius: 10px; max-width: 560px; width: 100%; max-height: 85vh;
  overflow: auto; padding: 20px 22px; box-sizing: border-box; box-shadow: 0 8px 32px rgba(0,0,0,.35);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.pg-dialog h2 { font-size: 19px; margin: 0 0 6px; }
.pg-dialog h3 { font-size: 15px; margin: 0; }
.pg-dialog p { margin: 4px 0; }
.pg-findings { list-style: none; margin: 12px 0; padding: 0; }
.pg-finding { border: 1px solid #8f8f8f; border-radius: 8px; padding: 10px 12px; margin: 0 0 10px; }
.pg-finding-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.pg-tag { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #ffffff; }
.pg-tag-block { background: #8c1d18; }
.pg-tag-warn { background: #7a4f01; }
.pg-tag-info { background: #1f4e79; }
.pg-snippet { background: #f3f3f3; border-radius: 6px; padding: 6px 8px; margin: 6px 0; white-space: pre-wrap; word-break: break-word; }
.pg-snippet mark { background: #fff1a8; color: #1b1b1b; text-decoration: underline 2px #7a4f01; text-underline-offset: 2px; }
.pg-clause { font-size: 13px; color: #3d3d3d; }
.pg-clause blockquote { margin: 4px 0 0; padding-left: 10px; border-left: 3px solid #595959; }
.pg-blocked { font-weight: 600; color: #8c1d18; }
.pg-actions {
  display: flex; flex-wrap: wrap; gap: 10px; justify-content: flex-end; margin: 14px -22px -20px; padding: 12px 22px 20px;
  /* The choices stay in view however many findings there are. */
  position: sticky; bottom: -20px; background: #ffffff; border-top: 1px solid #d0d0d0;
}
.pg-button {
  min-height: 44px; min-width: 44px; padding: 0 18px; border-radius: 8px; cursor: pointer;
  font: 600 15px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  background: #ffffff; color: #1b1b1b; border: 2px solid #595959;
}
.pg-button-primary { background: #1a4fa0; color: #ffffff; border-color: #1a4fa0; }
.pg-button:focus-visible { outline: 3px solid #1a4fa0; outline-offset: 2px; }
.pg-button-primary:focus-visible { outline-color: #1b1b1b; }
@media (forced-colors: active) { .pg-button, .pg-notice, .pg-finding { border-color: CanvasText; } }
`;
