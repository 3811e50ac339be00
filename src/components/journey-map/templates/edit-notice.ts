/** The notice after an edit that is easy to regret (a removal), with Undo and Dismiss. */
import { html, type TemplateResult } from 'lit';
import type { EditMessages } from '../../../i18n/edit-messages.js';

export interface EditNoticeContext {
  text: string;
  words: EditMessages;
  canUndo: boolean;
  onUndo: () => void;
  onDismiss: () => void;
}

export function renderEditNotice(ctx: EditNoticeContext): TemplateResult {
  // Not a live region: the map's own live region says the text once; this is where to act on it.
  return html`<div part="edit-notice" class="edit-notice">
    <p>${ctx.text}</p>
    <button type="button" ?disabled=${!ctx.canUndo} @click=${ctx.onUndo}>${ctx.words.undo}</button>
    <button type="button" @click=${ctx.onDismiss}>${ctx.words.dismiss}</button>
  </div>`;
}
