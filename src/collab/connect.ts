/**
 * `connect`: a `<journey-map editable>` in a room of `journeykit serve` (or any Hocuspocus
 * server). What the `collab` and `room` attributes load on demand; `dist/journeykit.collab.js`
 * is this module with yjs, y-protocols and the Hocuspocus provider inlined.
 *
 * @module
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { bindYjs, type BindableMap, type Binding } from './bind.js';
import { ClosableSocket } from './socket.js';

/** The connection as the map shows and announces it (`map.connection`). */
export interface ConnectionState {
  state: 'connecting' | 'live' | 'offline' | 'refused';
  /** Local changes made while not connected, not yet sent. */
  unsent: number;
  /** Why the server refused (refused). */
  reason?: string;
}

/** What `connect` uses of `<journey-map>`: what `bindYjs` uses, and where the state is shown. */
export interface ConnectableMap extends BindableMap {
  connection: ConnectionState | null;
}

export interface ConnectOptions {
  /** The server's WebSocket URL (`wss://…` on https pages). */
  url: string;
  /** The room: letters, digits, `-`, `_` and `.`. */
  room: string;
  /** Sent to the server, which refuses the connection when it does not accept it. */
  token?: string | null;
  /** Your name on the others' screens; "Guest" and a number when not given. */
  userName?: string | null;
  /** A CSS colour for your outline on their screens; when not given, their map picks one from its persona palette. */
  userColor?: string | null;
}

/** A live connection. */
export interface Connection {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Disconnects; the map keeps what it shows and its own history again. */
  destroy(): void;
}

/** A name for someone who did not give one: "Guest" and a two-digit number. */
export function guestName(random: () => number = Math.random): string {
  return `Guest ${10 + Math.floor(random() * 90)}`;
}

/**
 * Connects `map` to `room` on the server at `url`: a `Y.Doc` and a `HocuspocusProvider`, bound
 * with `bindYjs` after the first sync (so an empty room is seeded from the map, and a room that
 * holds a journey replaces the map's). Drives `map.connection`.
 */
export function connect(map: ConnectableMap, options: ConnectOptions): Connection {
  const doc = new Y.Doc();
  const user = { name: options.userName || guestName(), ...(options.userColor && { color: options.userColor }) };
  let status: ConnectionState = { state: 'connecting', unsent: 0 };
  /** Whether the room has been live once: losing it then is "offline", before it "connecting". */
  let wasLive = false;
  let binding: Binding | null = null;
  const show = (next: ConnectionState): void => {
    status = next;
    map.connection = status;
  };

  const socket = new ClosableSocket({ url: options.url });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.room,
    document: doc,
    token: options.token ?? null,
    onStatus: ({ status: socketStatus }) => {
      if (socketStatus === 'connected' || status.state === 'refused') return;
      show({ state: wasLive ? 'offline' : 'connecting', unsent: status.unsent });
    },
    onSynced: ({ state }) => {
      if (!state) return;
      binding ??= bindYjs(map, doc, { awareness: provider.awareness, user });
      wasLive = true;
      show({ state: 'live', unsent: 0 });
    },
    onAuthenticationFailed: ({ reason }) => {
      show({ state: 'refused', unsent: status.unsent, reason });
    },
  });

  // A provider given its socket does not attach itself (Hocuspocus 3).
  provider.attach();

  // Updates made here while not live wait in the document until the provider syncs again.
  const countUnsent = (_update: Uint8Array, origin: unknown): void => {
    if (origin === provider || status.state === 'live') return;
    show({ ...status, unsent: status.unsent + 1 });
  };
  doc.on('update', countUnsent);
  show(status);

  return {
    doc,
    provider,
    destroy() {
      doc.off('update', countUnsent);
      binding?.destroy();
      provider.destroy();
      // A socket passed in is the caller's to close: the provider leaves it open.
      socket.destroy();
      doc.destroy();
      map.connection = null;
    },
  };
}
