/**
 * `journeykit/collab/server`: the collaboration server behind `npx journeykit serve`, built on
 * Hocuspocus 3 (the Yjs WebSocket protocol, so any Hocuspocus or Yjs provider connects). Rooms
 * persist in a folder with atomic writes; `GET /rooms/<room>.json` serves each room's last
 * valid journey to any page; several processes share rooms through Redis.
 *
 * Needs the optional peer dependencies `yjs`, `y-protocols` and `@hocuspocus/server`
 * (and `@hocuspocus/extension-redis` for `redis`).
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server } from '@hocuspocus/server';
import type { Document, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Journey } from '../../model/index.js';
import { docToJourney } from '../doc.js';
import { observeJourney } from '../observe.js';
import { isRoomName } from '../room-name.js';
import { RoomFiles } from './room-files.js';

export { isRoomName, MAX_ROOM_NAME_LENGTH } from '../room-name.js';
export { RoomFiles, writeFileAtomic } from './room-files.js';

/** Decides whether a client holding `token` may open `room`. */
export type Authenticate = (token: string, room: string) => boolean | Promise<boolean>;

/** Where Redis runs, for {@link CollabServerOptions.redis}. */
export interface RedisOptions {
  host: string;
  port: number;
  /** Prefix of the Redis keys and channels; servers that share rooms use the same. Default `journeykit`. */
  prefix?: string;
}

/** Options of {@link createCollabServer}. */
export interface CollabServerOptions {
  /** Folder holding the rooms (created when missing). */
  dataDir: string;
  /** TCP port; `0` picks a free one (read it from `server.port`). Default 1234. */
  port?: number;
  /** Address to listen on. Default `127.0.0.1` (this machine only): put a TLS proxy in front for others. */
  host?: string;
  /** A shared secret every client must send (the provider's `token`). */
  token?: string;
  /**
   * Decides who may open which room, for hosts that embed the server; called with the
   * client's token and the room name. Runs after the `token` check when both are given.
   */
  authenticate?: Authenticate;
  /** Largest WebSocket message accepted, in bytes; a larger one closes the connection. Default 1 MiB. */
  maxMessageBytes?: number;
  /** Most messages one connection may send per `rateWindowMs`; more close it (code 1008). Default 600. */
  maxMessagesPerWindow?: number;
  /** The rate limit's window in milliseconds. Default 10,000. */
  rateWindowMs?: number;
  /** Milliseconds of quiet after a change before a room is written to disk. Default 1,000. */
  storeDebounceMs?: number;
  /** Longest a changing room waits before it is written anyway, in milliseconds. Default 5,000. */
  storeMaxDebounceMs?: number;
  /** Share rooms with other server processes through Redis. */
  redis?: RedisOptions;
  /** Receives one line per notable event (a room refused, a store failed). Default: none. */
  log?: (line: string) => void;
}

/** A running (or ready) collaboration server. */
export interface CollabServer {
  /** Starts listening; resolves once clients can connect. */
  listen(): Promise<void>;
  /** Writes every open room, closes every connection and stops listening. */
  close(): Promise<void>;
  /** The port it listens on (after `listen`). */
  readonly port: number;
  /** `ws://host:port`, for providers. */
  readonly webSocketUrl: string;
  /** `http://host:port`, for the JSON view at `/rooms/<room>.json`. */
  readonly httpUrl: string;
}

/** A room open in this process: its last valid journey, kept as peers change the document. */
interface OpenRoom {
  journey: Journey | null;
  /** The JSON text last written to `<room>.journey.json`. */
  storedText: string | null;
  stop: () => void;
}

const JSON_VIEW = /^\/rooms\/([^/]+)\.json$/;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization',
  'Access-Control-Max-Age': '86400',
};

/** A refusal Hocuspocus passes to the client as the reason of `permission-denied`. */
const refusal = (reason: string): { reason: string } => ({ reason });

/** What the rate limit needs of a WebSocket. */
interface CountedSocket {
  on(event: 'message', listener: () => void): void;
  close(code: number, reason: string): void;
}

/**
 * Creates a collaboration server (call `listen()` to start it).
 *
 * ```js
 * import { createCollabServer } from 'journeykit/collab/server';
 * const server = await createCollabServer({ dataDir: './rooms', port: 1234, authenticate: (token, room) => token === lookUp(room) });
 * await server.listen();
 * ```
 */
export async function createCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const files = new RoomFiles(options.dataDir);
  const rooms = new Map<string, OpenRoom>();
  const log = options.log ?? (() => {});
  const host = options.host ?? '127.0.0.1';

  const mayOpen = async (token: string, room: string): Promise<boolean> => {
    if (options.token !== undefined && token !== options.token) return false;
    return options.authenticate ? await options.authenticate(token, room) : true;
  };
  const needsToken = options.token !== undefined || options.authenticate !== undefined;

  const trackRoom = async (room: string, document: Document): Promise<void> => {
    const storedText = await files.loadJourneyText(room);
    const current = docToJourney(document).journey;
    const open: OpenRoom = {
      // A document a faulty peer left invalid shows the journey stored while it was valid.
      journey: current ?? (storedText === null ? null : (JSON.parse(storedText) as Journey)),
      storedText,
      stop: () => {},
    };
    open.stop = observeJourney(document, (change) => {
      if (change.journey) open.journey = change.journey;
      if (change.ops.length === 0 && change.problems.some((p) => p.severity === 'error')) {
        log(`room ${room}: a change does not validate (${change.problems[0].path || '/'}: ${change.problems[0].message}); the JSON view keeps the last valid journey`);
      }
    });
    rooms.set(room, open);
  };

  const storeRoom = async (room: string, document: Document): Promise<void> => {
    await files.saveState(room, Y.encodeStateAsUpdate(document));
    const open = rooms.get(room);
    if (!open?.journey) return;
    const text = JSON.stringify(open.journey);
    if (text === open.storedText) return;
    await files.saveJourneyText(room, text);
    open.storedText = text;
  };

  const journeyText = async (room: string): Promise<string | null> => {
    const open = rooms.get(room);
    return open?.journey ? JSON.stringify(open.journey) : files.loadJourneyText(room);
  };

  const serveJson = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = JSON_VIEW.exec(url.pathname);
    if (!match) return false;
    const send = (status: number, body: string): void => {
      response.writeHead(status, {
        ...CORS_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return true;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, JSON.stringify({ error: 'only GET' }));
      return true;
    }
    let room: string;
    try {
      room = decodeURIComponent(match[1]);
    } catch {
      room = '';
    }
    if (!isRoomName(room)) {
      send(400, JSON.stringify({ error: 'a room name is 1 to 100 letters, digits, "-", "_" or "."' }));
      return true;
    }
    if (needsToken) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!(await mayOpen(bearer ?? url.searchParams.get('token') ?? '', room))) {
        send(401, JSON.stringify({ error: 'this room needs a token' }));
        return true;
      }
    }
    const text = await journeyText(room);
    if (text === null) send(404, JSON.stringify({ error: `room ${room} holds no valid journey` }));
    else send(200, text);
    return true;
  };

  const extensions: Extension[] = options.redis ? [await redisExtension(options.redis)] : [];
  const hooks: Partial<Extension> = {
    async onConnect({ documentName }) {
      if (!isRoomName(documentName)) {
        log(`refused a connection to an invalid room name ${JSON.stringify(documentName.slice(0, 120))}`);
        throw refusal('invalid-room-name');
      }
    },
    async onLoadDocument({ document, documentName }) {
      const state = await files.loadState(documentName);
      if (state) Y.applyUpdate(document, state);
      await trackRoom(documentName, document);
    },
    async onStoreDocument({ document, documentName }) {
      try {
        await storeRoom(documentName, document);
      } catch (error) {
        log(`room ${documentName}: could not be written: ${(error as Error).message}`);
        throw error;
      }
    },
    async afterUnloadDocument({ documentName }) {
      rooms.get(documentName)?.stop();
      rooms.delete(documentName);
    },
    async onRequest({ request, response }) {
      // Rejecting with nothing tells Hocuspocus the request is answered.
      if (await serveJson(request, response)) throw null;
    },
  };
  if (needsToken) {
    hooks.onAuthenticate = async ({ token, documentName }) => {
      if (!(await mayOpen(token, documentName))) throw refusal('permission-denied');
    };
  }

  const server = new Server(
    {
      name: 'journeykit',
      port: options.port ?? 1234,
      address: host,
      quiet: true,
      stopOnSignals: false,
      debounce: options.storeDebounceMs ?? 1000,
      maxDebounce: options.storeMaxDebounceMs ?? 5000,
      unloadImmediately: false,
      extensions,
      ...hooks,
    },
    { maxPayload: options.maxMessageBytes ?? 1024 * 1024 },
  );

  const maxMessages = options.maxMessagesPerWindow ?? 600;
  const windowMs = options.rateWindowMs ?? 10_000;
  server.webSocketServer.on('connection', (socket: CountedSocket) => {
    let windowStart = Date.now();
    let count = 0;
    socket.on('message', () => {
      const now = Date.now();
      if (now - windowStart >= windowMs) {
        windowStart = now;
        count = 0;
      }
      if (++count > maxMessages) {
        log(`closed a connection that sent more than ${maxMessages} messages in ${windowMs} ms`);
        socket.close(1008, 'rate limit');
      }
    });
  });

  return {
    async listen() {
      await server.listen();
    },
    async close() {
      // Not Server.destroy(): it waits for every room to unload after its debounced store, and
      // a room whose store was already pending when connections closed can keep it waiting.
      // Write each open room now instead, then close the connections and the listeners.
      server.httpServer.close();
      server.webSocketServer.close();
      const { hocuspocus } = server;
      await Promise.all([...hocuspocus.documents].map(([room, document]) => storeRoom(room, document)));
      hocuspocus.closeConnections();
      for (const socket of server.webSocketServer.clients) socket.terminate();
      for (const open of rooms.values()) open.stop();
      rooms.clear();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
    get port() {
      return server.address.port;
    },
    get webSocketUrl() {
      return `ws://${urlHost(host)}:${server.address.port}`;
    },
    get httpUrl() {
      return `http://${urlHost(host)}:${server.address.port}`;
    },
  };
}

const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

async function redisExtension(redis: RedisOptions): Promise<Extension> {
  const { Redis } = await import('@hocuspocus/extension-redis');
  return new Redis({ host: redis.host, port: redis.port, prefix: redis.prefix ?? 'journeykit' });
}
