import type { EditMessageFactory } from '../edit-messages.js';

export const nb: EditMessageFactory<'one' | 'other'> = (f) => ({
  editingHint:
    'Redigerbar. Alt med venstre- eller høyrepil flytter et kontaktpunkt, Alt med opp- eller nedpil endrer en følelse, Enter eller F2 redigerer, Delete fjerner, Ctrl+Z angrer.',
  moved: (title, stage, position, count) => `Flyttet «${title}» til ${stage}, ${f.n(position)} av ${f.n(count)}`,
  alreadyFirst: (title) => `«${title}» er allerede først`,
  alreadyLast: (title) => `«${title}» er allerede sist`,
  emotionChanged: (title, emotion) => `${title}: følelse ${emotion}`,
  removed: (title) => `Fjernet «${title}»`,
  undo: 'Angre',
  redo: 'Gjør om',
  undone: 'Angret',
  redone: 'Gjort om',
  nothingToUndo: 'Ingenting å angre',
  nothingToRedo: 'Ingenting å gjøre om',
  refused: 'Endringen ble ikke gjort',
  stale: 'Det steget gjelder ikke lenger: reisen er endret siden',
  remoteRefused: (problems) => `En endring kunne ikke tas i bruk: ${problems}`,
  dismiss: 'Lukk',
  peerHere: (name) => `${name} er her`,
  peerEditing: (name) => `${name} redigerer`,
  peerStartedEditing: (name, title) => `${name} begynte å redigere ${title}`,
  connecting: 'Kobler til…',
  live: 'Tilkoblet',
  offline: (unsent) => (unsent === 0 ? 'Frakoblet' : f.plural(unsent, { one: (c) => `Frakoblet, ${c} endring ikke sendt`, other: (c) => `Frakoblet, ${c} endringer ikke sendt` })),
  refusedByServer: (reason) => `Avvist av serveren: ${reason}`,
});
