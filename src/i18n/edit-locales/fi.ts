import type { EditMessageFactory } from '../edit-messages.js';

export const fi: EditMessageFactory = (f) => ({
  editingHint:
    'Muokattava. Alt ja vasen tai oikea nuoli siirtää kohtaamispistettä, Alt ja ylä- tai alanuoli muuttaa tunnetta, Enter tai F2 muokkaa, Delete poistaa, Ctrl+Z kumoaa.',
  moved: (title, stage, position, count) => `”${title}” siirretty vaiheeseen ${stage}, ${f.n(position)}/${f.n(count)}`,
  alreadyFirst: (title) => `”${title}” on jo ensimmäinen`,
  alreadyLast: (title) => `”${title}” on jo viimeinen`,
  emotionChanged: (title, emotion) => `${title}: tunne ${emotion}`,
  removed: (title) => `”${title}” poistettu`,
  undo: 'Kumoa',
  redo: 'Tee uudelleen',
  undone: 'Kumottu',
  redone: 'Tehty uudelleen',
  nothingToUndo: 'Ei kumottavaa',
  nothingToRedo: 'Ei uudelleen tehtävää',
  refused: 'Muutosta ei tehty',
  stale: 'Vaihe ei enää päde: polku on muuttunut sen jälkeen',
  remoteRefused: (problems) => `Muutosta ei voitu tehdä: ${problems}`,
  dismiss: 'Sulje',
});
