import type { EditMessageFactory } from '../edit-messages.js';

export const pl: EditMessageFactory = (f) => ({
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
});
