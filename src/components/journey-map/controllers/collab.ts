import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionStatus } from './presence.js';

/** Where and as whom the map joins a shared room (the `collab`, `room`, `collab-token` and `user-name` attributes). */
export interface CollabSettings {
  url: string;
  room: string;
  token: string | null;
  userName: string | null;
}

/** What the connector module (`src/collab/connect.ts`, `journeykit.collab.js`) exports. */
export interface CollabModule {
  connect(map: unknown, options: CollabSettings): { destroy(): void };
}

/** The map: an element whose `connection` the connector drives. */
type CollabHost = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean; connection: ConnectionStatus | null };

/** What the controller needs from the map. */
export interface CollabOptions {
  /** The settings now, or `null` when the map is not shared (no `collab` or no `room`). */
  settings(): CollabSettings | null;
  /** Loads the connector (a dynamic import the element owns, so bundlers leave it alone). */
  load(): Promise<CollabModule>;
}

/**
 * Joins the room the map's attributes name: loads the connector on first use, connects while the
 * map is in the document, and disconnects and connects again when a setting changes. The
 * collaboration code (yjs, the provider) is never part of the map itself.
 */
export class CollabController implements ReactiveController {
  readonly #host: CollabHost;
  readonly #options: CollabOptions;
  /** The settings connected with (JSON), `''` when none. */
  #joined = '';
  #connection: { destroy(): void } | null = null;
  /** Bumped on every disconnect, so a connector that finishes loading late does not connect. */
  #generation = 0;

  constructor(host: CollabHost, options: CollabOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // Not on the first connection: the element may be defined (and upgraded) by an entry point that
  // has yet to set where the connector is; the first update comes after the entry points ran.
  hostConnected(): void {
    if (this.#host.hasUpdated) this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#leave();
  }

  #sync(): void {
    if (!this.#host.isConnected) return;
    const settings = this.#options.settings();
    const key = settings ? JSON.stringify(settings) : '';
    if (key === this.#joined) return;
    this.#leave();
    if (!settings) return;
    this.#joined = key;
    const generation = this.#generation;
    this.#host.connection = { state: 'connecting', unsent: 0 };
    this.#options.load().then(
      (module) => {
        if (generation === this.#generation) this.#connection = module.connect(this.#host, settings);
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.#host.connection = { state: 'refused', unsent: 0, reason: error instanceof Error ? error.message : String(error) };
      },
    );
  }

  #leave(): void {
    if (this.#joined === '') return;
    this.#generation++;
    this.#joined = '';
    this.#connection?.destroy();
    this.#connection = null;
    this.#host.connection = null;
  }
}
