import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Editing } from '../editing/attach.js';
import { editKeyOf, type Cell } from '../keyboard.js';
import type { MapParts } from '../map-parts.js';
import type { ConnectionStatus, PresencePeer } from './presence.js';

/** What the loader reads of `<journey-map>`. */
export interface EditingLoaderHost extends ReactiveControllerHost {
  editable: boolean;
  presence: readonly PresencePeer[];
  connection: ConnectionStatus | null;
}

/**
 * The map's editing code (`editing/module.ts`), loaded on demand: when the map becomes
 * `editable` or shared (others' presence, a connection), or on the first `applyPatch`; the viewer
 * never loads it. Once it is there, it is told of others' presence and the connection as they
 * change. An edit key pressed before it has arrived (a slow network, a busy machine) is kept and
 * carried out when it does, on the touchpoint it was pressed on, found again in case a remote
 * change moved it: a keystroke is never lost.
 */
export class EditingLoader implements ReactiveController {
  /** The editing parts once loaded, else `null`. */
  loaded: Editing | null = null;

  readonly #host: EditingLoaderHost;
  readonly #parts: () => MapParts;
  #load: Promise<Editing> | null = null;
  /** What `loaded` was last told: it hears of a change once. */
  #told: { presence?: readonly PresencePeer[]; connection?: ConnectionStatus | null } = {};

  constructor(host: EditingLoaderHost, parts: () => MapParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  /** Loads the editing code (once); resolves with its parts. */
  load(): Promise<Editing> {
    this.#load ??= import('../editing/module.js').then((module) => {
      this.loaded = module.attachEditing(this.#parts());
      this.#host.requestUpdate();
      return this.loaded;
    });
    return this.#load;
  }

  hostUpdate(): void {
    const host = this.#host;
    if (!this.#load && (host.editable || host.presence.length > 0 || host.connection !== null)) void this.load();
    const editing = this.loaded;
    if (!editing) return;
    if (this.#told.presence !== host.presence) editing.presence.setPeers((this.#told.presence = host.presence));
    if (this.#told.connection !== host.connection) editing.presence.setConnection((this.#told.connection = host.connection));
  }

  /** A key on a cell of an editable map: whether it is an edit (now, or once the code is there). */
  onKey(event: KeyboardEvent, cell: Cell): boolean {
    if (!this.#host.editable) return false;
    if (this.loaded) return this.loaded.commands.onKey(event, cell);
    const parts = this.#parts();
    const layout = parts.layout();
    // Enter edits only on a stage's head and in the touchpoints lane; elsewhere it opens details.
    const enterEdits = event.key === 'Enter' && (cell.row === -1 || layout?.lanes[cell.row] === 'touchpoints');
    if (!layout || (!enterEdits && editKeyOf(event, parts.dir()) === null)) return false;
    const id = cell.row === -1 ? undefined : layout.columns[cell.col]?.touchpoint?.id;
    void this.load().then((editing) => {
      const col = id === undefined ? cell.col : parts.layout()?.columnOf.get(id);
      if (this.#host.editable && col !== undefined) editing.commands.onKey(event, { row: cell.row, col });
    });
    return true;
  }
}
