import type { EditMessageFactory } from '../edit-messages.js';

export const fi: EditMessageFactory<'one' | 'other'> = (f) => ({
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
  peerHere: (name) => `${name} on täällä`,
  peerEditing: (name) => `${name} muokkaa`,
  peerStartedEditing: (name, title) => `${name} alkoi muokata kohdetta ${title}`,
  connecting: 'Yhdistetään…',
  live: 'Yhteydessä',
  offline: (unsent) => (unsent === 0 ? 'Ei yhteyttä' : f.plural(unsent, { one: (c) => `Ei yhteyttä, ${c} muutos lähettämättä`, other: (c) => `Ei yhteyttä, ${c} muutosta lähettämättä` })),
  refusedByServer: (reason) => `Palvelin hylkäsi: ${reason}`,
});
