import type { EditMessageFactory } from '../edit-messages.js';

export const pl: EditMessageFactory<'one' | 'few' | 'many' | 'other'> = (f) => ({
  editingHint:
    'Edycja. Alt ze strzałką w lewo lub w prawo przenosi punkt styku, Alt ze strzałką w górę lub w dół zmienia emocję, Enter lub F2 edytuje, Delete usuwa, Ctrl+Z cofa.',
  moved: (title, stage, position, count) => `Przeniesiono „${title}” do etapu ${stage}, ${f.n(position)} z ${f.n(count)}`,
  alreadyFirst: (title) => `„${title}” jest już pierwszy`,
  alreadyLast: (title) => `„${title}” jest już ostatni`,
  emotionChanged: (title, emotion) => `${title}: emocja ${emotion}`,
  removed: (title) => `Usunięto „${title}”`,
  undo: 'Cofnij',
  redo: 'Ponów',
  undone: 'Cofnięto',
  redone: 'Ponowiono',
  nothingToUndo: 'Nie ma czego cofnąć',
  nothingToRedo: 'Nie ma czego ponowić',
  refused: 'Zmiana nie została wprowadzona',
  stale: 'Ten krok już nie pasuje: ścieżka zmieniła się od tego czasu',
  remoteRefused: (problems) => `Nie można zastosować zmiany: ${problems}`,
  dismiss: 'Zamknij',
  peerHere: (name) => `${name} jest tutaj`,
  peerEditing: (name) => `${name} edytuje`,
  peerStartedEditing: (name, title) => `${name} zaczyna edytować: ${title}`,
  connecting: 'Łączenie…',
  live: 'Połączono',
  offline: (unsent) => (unsent === 0 ? 'Offline' : f.plural(unsent, { one: (c) => `Offline, ${c} zmiana niewysłana`, few: (c) => `Offline, ${c} zmiany niewysłane`, many: (c) => `Offline, ${c} zmian niewysłanych`, other: (c) => `Offline, ${c} zmiany niewysłanej` })),
  refusedByServer: (reason) => `Serwer odmówił: ${reason}`,
});
