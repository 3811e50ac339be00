import type { EditMessageFactory } from '../edit-messages.js';

export const de: EditMessageFactory<'one' | 'other'> = (f) => ({
  editingHint:
    'Bearbeitbar. Alt mit Pfeil links oder rechts verschiebt einen Kontaktpunkt, Alt mit Pfeil hoch oder runter ändert ein Gefühl, Eingabe oder F2 bearbeitet, Entf löscht, Strg+Z macht rückgängig.',
  moved: (title, stage, position, count) => `„${title}“ nach ${stage} verschoben, ${f.n(position)} von ${f.n(count)}`,
  alreadyFirst: (title) => `„${title}“ ist schon der erste`,
  alreadyLast: (title) => `„${title}“ ist schon der letzte`,
  emotionChanged: (title, emotion) => `${title}: Gefühl ${emotion}`,
  removed: (title) => `„${title}“ entfernt`,
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  undone: 'Rückgängig gemacht',
  redone: 'Wiederholt',
  nothingToUndo: 'Nichts rückgängig zu machen',
  nothingToRedo: 'Nichts zu wiederholen',
  refused: 'Die Änderung wurde nicht übernommen',
  stale: 'Dieser Schritt passt nicht mehr: die Journey hat sich seitdem geändert',
  remoteRefused: (problems) => `Eine Änderung konnte nicht übernommen werden: ${problems}`,
  dismiss: 'Schließen',
  peerHere: (name) => `${name} ist hier`,
  peerEditing: (name) => `${name} bearbeitet`,
  peerStartedEditing: (name, title) => `${name} bearbeitet jetzt ${title}`,
  connecting: 'Verbinden…',
  live: 'Verbunden',
  offline: (unsent) => (unsent === 0 ? 'Offline' : f.plural(unsent, { one: (c) => `Offline, ${c} Änderung noch nicht gesendet`, other: (c) => `Offline, ${c} Änderungen noch nicht gesendet` })),
  refusedByServer: (reason) => `Vom Server abgelehnt: ${reason}`,
});
