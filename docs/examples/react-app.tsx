import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'journeykit'; // defines <journey-map> and the other elements
import type {} from 'journeykit/react'; // their JSX types: attributes, properties, events
import { journey } from './journey.js';

export function JourneyPage() {
  const [selected, setSelected] = useState('nothing yet');
  return (
    <>
      <journey-map
        journey={journey}
        persona="maria"
        theme="dark"
        ontouchpoint-select={(event) => setSelected(event.detail.touchpoint.title)}
      ></journey-map>
      <p id="selected">Selected: {selected}</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<JourneyPage />);
