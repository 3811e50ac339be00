/**
 * `bindYjs`: a `<journey-map editable>` kept in a Yjs document, with any provider (y-websocket,
 * Hocuspocus, WebRTC, IndexedDB). The map's own edits become Yjs transactions; everyone else's
 * transactions become patches the map applies (`origin: "remote"`); undo and redo undo only
 * your own changes (Yjs's `UndoManager` with this binding's origin tracked); presence goes
 * through the awareness protocol.
 *
 * Typed against the few members of the map it uses (no DOM types: this folder compiles without
 * them), so it also binds anything shaped like the map.
 *
 * @module
 */
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Journey, LaneId, Problem } from '../model/index.js';
import type { PatchOperation } from '../model/edit/index.js';
import { ITEMS_NAME, ROOT_NAME, applyOpsToDoc, docToJourney, docToJson, isDocEmpty, journeyToDoc } from './doc.js';
import { observeJourney } from './observe.js';

/** The events of the map the binding listens to. */
interface MapEvents {
  'journey-change': { ops: PatchOperation[]; origin: string; journey: Journey };
  'journey-load': { journey: Journey };
  'cell-focus': { touchpoint: string | null; lane: LaneId | null; editing: boolean };
}

/** What the binding uses of `<journey-map>`. */
export interface BindableMap {
  journey?: Journey | string | null;
  historyProvider: { undo(): boolean; redo(): boolean; readonly canUndo: boolean; readonly canRedo: boolean } | null;
  presence: readonly { id: string; name: string; color?: string; touchpoint?: string | null; lane?: LaneId | null; editing?: boolean }[];
  applyPatch(ops: unknown, options?: { origin?: string }): Promise<boolean>;
  toJSON?(): Journey | null;
  addEventListener<K extends keyof MapEvents>(type: K, listener: (event: { detail: MapEvents[K] }) => void): void;
  removeEventListener<K extends keyof MapEvents>(type: K, listener: (event: { detail: MapEvents[K] }) => void): void;
}

/** Who you are to the others. */
export interface CollabUser {
  name: string;
  /** A CSS colour for your outline on their screens. */
  color?: string;
}

export interface BindOptions {
  /** The provider's awareness (`provider.awareness`): presence is shared through it. */
  awareness?: Awareness | null;
  user?: CollabUser;
  /**
   * Called when the document's journey stops (or starts again) to validate: a faulty or
   * hostile peer. The map already shows the problems and keeps its last valid journey.
   */
  onProblems?(problems: Problem[]): void;
}

/** A live binding. */
export interface Binding {
  /** Undoes only this map's own changes in the shared document. */
  readonly undoManager: Y.UndoManager;
  /** Stops syncing; the map keeps what it shows and its own history again. */
  destroy(): void;
}

/** What a person's awareness state holds (others read it). */
interface PresenceState {
  user?: { name?: unknown; color?: unknown };
  focus?: { touchpoint?: unknown; lane?: unknown; editing?: unknown } | null;
}

/**
 * Binds `map` to `doc`. An empty document is seeded from the map's journey (as soon as it has
 * one); a document that holds a journey wins over the map's. Returns `{ destroy() }`.
 */
export function bindYjs(map: BindableMap, doc: Y.Doc, options: BindOptions = {}): Binding {
  /** Marks this map's own transactions, so they are neither applied back nor undone for others. */
  const origin = { binding: 'journeykit' };
  const undoManager = new Y.UndoManager([doc.getMap(ROOT_NAME), doc.getMap(ITEMS_NAME)], {
    trackedOrigins: new Set([origin]),
    // A drag, a typing burst: the map already merges these; Yjs joins what comes within 500 ms.
    captureTimeout: 500,
  });

  /** The document holds a journey that does not validate: the map refuses it, shows the problems, keeps its last valid journey. */
  const showBroken = (): void => {
    const raw = docToJson(doc);
    if (raw.ok) void map.applyPatch([{ op: 'replace', path: '', value: raw.value }], { origin: 'remote' });
  };

  // The document wins when it holds a journey; else it is seeded from the map's.
  const seedOrShow = (journey: Journey | null | undefined): void => {
    if (!isDocEmpty(doc)) {
      const shown = docToJourney(doc);
      if (shown.journey) map.journey = shown.journey;
      else showBroken();
      return;
    }
    if (journey) journeyToDoc(journey, doc, { binding: 'seed' });
  };
  const onLoad = (event: { detail: { journey: Journey } }): void => {
    if (isDocEmpty(doc)) seedOrShow(event.detail.journey);
  };
  map.addEventListener('journey-load', onLoad);
  seedOrShow(map.toJSON?.() ?? (typeof map.journey === 'object' ? map.journey : null));

  // The map's own edits (not what the binding applied to it) go into the document.
  const onChange = (event: { detail: { ops: PatchOperation[]; origin: string } }): void => {
    if (event.detail.origin !== 'user') return;
    const result = applyOpsToDoc(doc, event.detail.ops, origin);
    // Refused (the document holds something else now): show the document's journey again.
    if (!result.applied) seedOrShow(null);
  };
  map.addEventListener('journey-change', onChange);

  // Everyone else's transactions, and undo and redo, come back as patches.
  const stopObserving = observeJourney(doc, (change) => {
    if (change.origin === origin) return;
    if (change.ops.length === 0) {
      if (change.problems.some((p) => p.severity === 'error')) {
        showBroken();
        options.onProblems?.(change.problems);
      }
      return;
    }
    const label = undoManager.undoing ? 'undo' : undoManager.redoing ? 'redo' : 'remote';
    void map.applyPatch(change.ops, { origin: label }).then((applied) => {
      // The map was not where the document's last journey was: show the document as it is.
      if (!applied && change.journey) map.journey = change.journey;
    });
  });

  const previousProvider = map.historyProvider;
  /**
   * Undo or redo, taken back when it would leave the document invalid: undoing a field someone
   * else set at the same moment can delete it (Yjs restores what was there before this map's
   * change, which may be nothing), and a journey without its title helps nobody.
   */
  const step = (which: 'undo' | 'redo'): boolean => {
    const done = which === 'undo' ? undoManager.undo() : undoManager.redo();
    if (done === null) return false;
    if (docToJourney(doc).journey) return true;
    if (which === 'undo') undoManager.redo();
    else undoManager.undo();
    return false;
  };
  map.historyProvider = {
    undo: () => step('undo'),
    redo: () => step('redo'),
    get canUndo() {
      return undoManager.canUndo();
    },
    get canRedo() {
      return undoManager.canRedo();
    },
  };

  // Presence.
  const awareness = options.awareness ?? null;
  const onFocus = (event: { detail: { touchpoint: string | null; lane: LaneId | null; editing: boolean } }): void => {
    const { touchpoint, lane, editing } = event.detail;
    awareness?.setLocalStateField('focus', { touchpoint, lane, editing });
  };
  const onAwareness = (): void => {
    if (!awareness) return;
    const peers: BindableMap['presence'][number][] = [];
    for (const [client, raw] of awareness.getStates()) {
      if (client === awareness.clientID) continue;
      const state = raw as PresenceState;
      const name = typeof state.user?.name === 'string' ? state.user.name : '';
      if (!name) continue;
      const focus = state.focus ?? null;
      peers.push({
        id: String(client),
        name,
        ...(typeof state.user?.color === 'string' && { color: state.user.color }),
        touchpoint: typeof focus?.touchpoint === 'string' ? focus.touchpoint : null,
        lane: typeof focus?.lane === 'string' ? (focus.lane as LaneId) : null,
        editing: focus?.editing === true,
      });
    }
    map.presence = peers;
  };
  if (awareness) {
    if (options.user) awareness.setLocalStateField('user', { name: options.user.name, color: options.user.color });
    map.addEventListener('cell-focus', onFocus);
    awareness.on('change', onAwareness);
    onAwareness();
  }

  return {
    undoManager,
    destroy() {
      map.removeEventListener('journey-load', onLoad);
      map.removeEventListener('journey-change', onChange);
      map.removeEventListener('cell-focus', onFocus);
      stopObserving();
      awareness?.off('change', onAwareness);
      awareness?.setLocalStateField('focus', null);
      undoManager.destroy();
      map.historyProvider = previousProvider;
      map.presence = [];
    },
  };
}
