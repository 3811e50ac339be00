import type { Formatters } from './messages.js';

/**
 * The built-in strings of editing (`<journey-map editable>`): a catalogue of its own, so a map
 * that only shows journeys never loads them. Values arrive already bidi-isolated where they are
 * the journey's text; numbers are formatted by the locale.
 */
export interface EditMessages {
  /** Said on the grid while editing: the editing keys. */
  editingHint: string;
  /** "Moved “Asks in chat” to Purchase, 2 of 3". */
  moved: (title: string, stage: string, position: number, count: number) => string;
  /** "“Asks in chat” is already first" / "… last" (a move that cannot happen). */
  alreadyFirst: (title: string) => string;
  alreadyLast: (title: string) => string;
  /** "Asks in chat: emotion −2 of −3 to 3, unhappy". */
  emotionChanged: (title: string, emotion: string) => string;
  /** "Removed “Asks in chat”". */
  removed: (title: string) => string;
  undo: string;
  redo: string;
  /** "Undone: …" / "Redone: …" prefix the change's own words when there are some. */
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
  /** The host's `journey-beforechange` listener kept the journey as it is. */
  refused: string;
  /** An undo or redo step no longer applies (the journey changed under it): it is dropped. */
  stale: string;
  /** A change from elsewhere (`applyPatch`) was refused: "A change could not be applied: 2 problems". */
  remoteRefused: (problems: string) => string;
  /** Dismisses a notice. */
  dismiss: string;

  // Collaboration: other people on the map, and the connection to the shared document.
  /** On a cell where someone else is: "Ana is here". */
  peerHere: (name: string) => string;
  /** "Ana is editing". */
  peerEditing: (name: string) => string;
  /** Said when someone starts editing the touchpoint you are on: "Ana started editing Checkout". */
  peerStartedEditing: (name: string, title: string) => string;
  /** Connection states of a shared map. */
  connecting: string;
  live: string;
  /** "Offline, 3 changes not sent yet". */
  offline: (unsent: number) => string;
  /** "Refused by the server: wrong token". */
  refusedByServer: (reason: string) => string;

  // Drag and drop: a touchpoint card to another place, an emotion point up or down.
  /** While a card is dragged, where it would land: "Drop: Purchase, 2 of 3". */
  dropAt: (stage: string, position: number, count: number) => string;
  /** Escape during a drag: nothing moved. */
  dragCancelled: string;
  /** The dragged touchpoint was removed (by someone else) before the drop: "“Asks in chat” was removed meanwhile: nothing changed". */
  draggedGone: (title: string) => string;
}

/** A locale file of the editing catalogue; `C` lists exactly the plural categories the language uses. */
export type EditMessageFactory<C extends Intl.LDMLPluralRule = Intl.LDMLPluralRule> = (f: Formatters<C>) => EditMessages;
