import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'journeykit';
import type {} from 'journeykit/react';
import type { Journey } from 'journeykit/model';
import { journey as sample } from './journey.js';

export function JourneyEditor() {
  // The app owns the journey; the map shows it and reports each change.
  const [journey, setJourney] = useState<Journey>(sample);
  const [changes, setChanges] = useState(0);
  return (
    <>
      <journey-map
        journey={journey}
        editable
        onjourney-change={(event) => {
          // The map's own journey comes back as `journey`: it keeps its undo history.
          setJourney(event.detail.journey);
          setChanges((count) => count + 1);
        }}
      ></journey-map>
      <p id="changes">
        {changes} changes, first touchpoint: {journey.touchpoints[0]?.title}
      </p>
      <button type="button" onClick={() => setJourney(sample)}>
        Start again
      </button>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<JourneyEditor />);
