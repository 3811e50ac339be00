/**
 * Editing journeys: pure edit operations that return the new journey with the JSON Patch that
 * made it and the one that undoes it, and JSON Patch itself ({@link applyPatch},
 * {@link diffJourneys}). Part of `journeykit/model`; see `docs/editing.md`.
 *
 * @module
 */
export {
  addListItem,
  addNextEdge,
  addPersona,
  addStage,
  addTouchpoint,
  LIST_FIELDS,
  moveListItem,
  moveStage,
  moveTouchpoint,
  removeListItem,
  removeNextEdge,
  removePersona,
  removeStage,
  removeTouchpoint,
  renameStage,
  setEmotion,
  setNext,
  updateListItem,
  updatePersona,
  updateStage,
  updateTouchpoint,
} from './operations.js';
export type { Changes, EditResult, ListField, ListItem, ListOwner, NewPersona, NewStage, NewTouchpoint, Placement, RemoveOptions } from './operations.js';
export { applyPatch, diffJourneys, FORBIDDEN_POINTER_TOKENS, MAX_PATCH_OPERATIONS } from './patch.js';
export type { PatchOperation, PatchResult } from './patch.js';
export { MAX_SLUG_LENGTH, slugify, uniqueId } from './ids.js';
