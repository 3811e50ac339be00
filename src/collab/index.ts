/**
 * `journeykit/collab`: a journey in a Yjs document, for live collaboration. DOM-free (runs in
 * browsers and Node); needs the optional peer dependency `yjs`. The server is
 * `journeykit/collab/server`.
 *
 * @module
 */
export { ITEMS_NAME, ROOT_NAME, applyOpsToDoc, docToJourney, docToJson, isDocEmpty, journeyToDoc } from './doc.js';
export type { ApplyOpsResult } from './doc.js';
export type { PatchOperation } from '../model/edit/index.js';
export { observeJourney } from './observe.js';
export type { JourneyChange } from './observe.js';
export { bindYjs } from './bind.js';
export type { BindOptions, BindableMap, Binding, CollabUser } from './bind.js';
// Types only: `connect` itself needs @hocuspocus/provider, which this entry does not; the element
// loads it from collab/connect.js (or journeykit.collab.js beside the bundle).
export type { ConnectOptions, ConnectableMap, Connection, ConnectionState } from './connect.js';
