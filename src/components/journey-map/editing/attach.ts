/**
 * Attaches editing to a map: the history (EditingController), the keys (EditCommands), the forms,
 * drag and drop, and others' presence, each wired to the map's parts. Part of the on-demand
 * editing module, so the viewer neither loads nor compiles any of it.
 */
import { nothing, type TemplateResult } from 'lit';
import { editMessagesFor, type EditMessages } from '../../../i18n/edit.js';
import type { Stage } from '../../../model/core.js';
import { DragController } from '../controllers/drag.js';
import { EditFormController } from '../controllers/edit-form.js';
import { EditingController } from '../controllers/editing.js';
import { PresenceController } from '../controllers/presence.js';
import type { MapParts } from '../map-parts.js';
import { renderEditNotice } from '../templates/edit-notice.js';
import { EditCommands } from './commands.js';
import { renderEmotionHandles } from './drag/emotion-handles.js';

/** What editing adds to a map. */
export interface Editing {
  controller: EditingController;
  commands: EditCommands;
  presence: PresenceController;
  forms: EditFormController;
  drag: DragController;
  /** The editing words in the map's language. */
  words(): EditMessages;
  /** The notice after a removal (Undo, Dismiss), while there is one. */
  renderNotice(): TemplateResult | typeof nothing;
  /** Hides the notice (a new document was loaded). */
  clearNotice(): void;
  /** What the grid adds while editing: the keys' description, stage tools, emotion handles. */
  gridTools(): { editingHint: string; stageTools: (stage: Stage) => TemplateResult; emotionHandles: typeof renderEmotionHandles };
}

export function attachEditing(map: MapParts): Editing {
  const { host, i18n, focus, details } = map;
  const words = (): EditMessages => editMessagesFor(i18n.locale, i18n.tag);
  let notice: string | null = null;
  const removedNotice = (text: string | null): void => {
    notice = text;
    host.requestUpdate();
  };
  /** The notice's buttons are gone once it closes: focus back to the grid's active cell. */
  const closeNotice = (): void => {
    removedNotice(null);
    void host.updateComplete.then(() => focus.moveTo(focus.active, true));
  };
  const controller = new EditingController(host, {
    provider: () => host.historyProvider,
    journey: map.journey,
    show: map.show,
    queue: (event) => map.source.queue(event),
    announce: map.announce,
    showProblems: map.showProblems,
    words,
  });
  const forms = new EditFormController(host, {
    journey: map.journey,
    i18n,
    words,
    dir: map.dir,
    scale: map.scale,
    headingLevel: () => host.headingLevel,
    editing: controller,
    announce: map.announce,
    removedNotice,
    openTouchpointId: () => details.openId,
    openTouchpoint: (id) => details.open(id),
    closeTouchpoint: (restoreFocus) => details.close(restoreFocus),
    focusGrid: () => focus.moveTo(focus.active, true),
    focusStage: (id) => {
      const span = map.layout()?.stages.find((s) => s.stage.id === id);
      if (span) focus.moveTo({ row: -1, col: span.start }, true);
    },
    stageHeader: (id) => {
      const k = map.layout()?.stages.findIndex((s) => s.stage.id === id) ?? -1;
      return host.shadowRoot?.querySelectorAll<HTMLElement>('.stage[data-row]')[k];
    },
  });
  const commands = new EditCommands({
    journey: map.journey,
    layout: map.layout,
    i18n,
    words,
    dir: map.dir,
    editing: controller,
    announce: map.announce,
    openForm: (id) => details.open(id),
    removedNotice,
    openStageForm: (id) => forms.openStage(id),
  });
  const presence = new PresenceController(host, {
    cellOf: (id, lane) => {
      const layout = map.layout();
      const col = layout?.columnOf.get(id);
      if (!layout || col === undefined) return undefined;
      const touchpoints = layout.lanes.indexOf('touchpoints');
      const row = lane ? layout.lanes.indexOf(lane) : touchpoints;
      return focus.cellElement(row >= 0 ? row : touchpoints, col) ?? focus.cellElement(touchpoints, col);
    },
    root: () => host.shadowRoot?.querySelector<HTMLElement>('.root') ?? null,
    scroller: () => map.geometry.scroller,
    activeTouchpoint: () => map.layout()?.columns[focus.active.col]?.touchpoint?.id ?? null,
    titleOf: (id) => {
      const tp = map.journey()?.touchpoints.find((t) => t.id === id);
      return tp ? i18n.isolate(tp.title, map.dir()) : null;
    },
    isolate: (text) => i18n.isolate(text, map.dir()),
    words,
    announce: map.announce,
  });
  const drag = new DragController(host, {
    enabled: () => host.editable,
    journey: map.journey,
    layout: map.layout,
    renderRoot: () => host.shadowRoot,
    i18n,
    dir: map.dir,
    narrow: () => map.geometry.narrow,
    compact: () => host.density === 'compact',
    words,
    editing: controller,
    announce: map.announce,
    focusTouchpoint: (id) => host.focusTouchpoint(id),
  });
  return {
    controller,
    commands,
    presence,
    forms,
    drag,
    words,
    renderNotice: () =>
      notice === null
        ? nothing
        : renderEditNotice({
            text: notice,
            words: words(),
            canUndo: controller.canUndo,
            onUndo: () => {
              controller.undo();
              closeNotice();
            },
            onDismiss: closeNotice,
          }),
    clearNotice: () => removedNotice(null),
    gridTools: () => ({
      editingHint: words().editingHint,
      stageTools: (stage) => forms.renderStageTools(stage),
      emotionHandles: renderEmotionHandles,
    }),
  };
}
