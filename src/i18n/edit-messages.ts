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

  // Edit forms (the details panel of an editable map, the stage and persona forms).
  /** Headings of the forms. */
  editTouchpoint: string;
  editStage: string;
  editPersonas: string;
  /** Field labels the viewer's catalogue has no word for. */
  title: string;
  name: string;
  role: string;
  color: string;
  /** Under the colour field. */
  colorHint: string;
  /** The group of persona check boxes, and what none ticked means. */
  whoMeetsIt: string;
  everyoneWhenNone: string;
  /** Under the emotion field: "From −3 to 3; empty: not measured". */
  emotionHint: (min: number, max: number) => string;
  emotionWord: string;
  evidenceLevel: string;
  sampleSize: string;
  /** The "nothing chosen" option of a select. */
  notSet: string;
  impact: string;
  effort: string;
  metricKind: string;
  metricValue: string;
  metricTarget: string;
  metricUnit: string;
  metricLabel: string;
  link: string;
  /** A list item's text field. */
  text: string;
  /** Each list of a form: `[label, noun in a sentence]`, e.g. `['Pain point', 'pain point']`. */
  items: Record<FormListKey, readonly [label: string, noun: string]>;
  /** "Add pain point", from the noun. */
  addItem: (noun: string) => string;
  /** A list item's name: "Pain point 2" (from the label) or "pain point 2" (from the noun). */
  itemName: (word: string, n: number) => string;
  /** Buttons of a list item, named with its name and text: "Remove pain point 2: Slow page". */
  removeItem: (item: string, text: string) => string;
  moveItemUp: (item: string, text: string) => string;
  moveItemDown: (item: string, text: string) => string;
  /** Said after a list edit: "Added pain point 3", "Removed pain point 2", "Moved pain point 2 to place 1". */
  itemAdded: (item: string) => string;
  itemRemoved: (item: string) => string;
  itemMoved: (item: string, position: number) => string;
  /** Said when a field's change was committed: "Title changed". */
  fieldChanged: (label: string) => string;
  /** Visible before a field's problem, so it is not told by colour only. */
  problem: string;
  required: (label: string) => string;
  notANumber: (label: string) => string;
  addTouchpointTo: (stage: string) => string;
  addStage: string;
  addPersona: string;
  /** Titles and names of new items (the field is selected, so typing replaces them). */
  newTouchpoint: string;
  newStage: string;
  newPersona: string;
  /** "Added “New touchpoint” to Purchase". */
  added: (title: string, where: string) => string;
  removeTouchpoint: string;
  removeStage: string;
  removePersona: (name: string) => string;
  /** The choice a removal needs: what happens to the stage's (or persona's) touchpoints. */
  itsTouchpoints: string;
  moveTouchpointsTo: (name: string) => string;
  removeTouchpointsToo: string;
}

/** The lists the edit forms have. */
export type FormListKey = 'actions' | 'thoughts' | 'painPoints' | 'opportunities' | 'backstage' | 'quotes' | 'metrics' | 'goals' | 'frustrations' | 'needs' | 'next';

/** A locale file of the editing catalogue; `C` lists exactly the plural categories the language uses. */
export type EditMessageFactory<C extends Intl.LDMLPluralRule = Intl.LDMLPluralRule> = (f: Formatters<C>) => EditMessages;
