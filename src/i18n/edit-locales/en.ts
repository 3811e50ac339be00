import type { EditMessageFactory } from '../edit-messages.js';

export const en: EditMessageFactory<'one' | 'other'> = (f) => ({
  editingHint:
    'Editable. Alt with Left or Right arrow moves a touchpoint, Alt with Up or Down arrow changes an emotion, Enter or F2 edits, Delete removes, Control+Z undoes.',
  moved: (title, stage, position, count) => `Moved “${title}” to ${stage}, ${f.n(position)} of ${f.n(count)}`,
  alreadyFirst: (title) => `“${title}” is already first`,
  alreadyLast: (title) => `“${title}” is already last`,
  emotionChanged: (title, emotion) => `${title}: emotion ${emotion}`,
  removed: (title) => `Removed “${title}”`,
  undo: 'Undo',
  redo: 'Redo',
  undone: 'Undone',
  redone: 'Redone',
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  refused: 'The change was not made',
  stale: 'That step no longer applies: the journey changed since',
  remoteRefused: (problems) => `A change could not be applied: ${problems}`,
  dismiss: 'Dismiss',
  peerHere: (name) => `${name} is here`,
  peerEditing: (name) => `${name} is editing`,
  peerStartedEditing: (name, title) => `${name} started editing ${title}`,
  connecting: 'Connecting…',
  live: 'Live',
  offline: (unsent) => (unsent === 0 ? 'Offline' : f.plural(unsent, { one: (c) => `Offline, ${c} change not sent yet`, other: (c) => `Offline, ${c} changes not sent yet` })),
  refusedByServer: (reason) => `Refused by the server: ${reason}`,
});
