import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'journeykit'; // defines <journey-map> and the other elements
import type { TouchpointSelectDetail } from 'journeykit/journey-map.js';
import { journey } from './journey';

@Component({
  selector: 'app-journey',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <journey-map [journey]="journey" persona="maria" theme="dark" (touchpoint-select)="onSelect($event)"></journey-map>
    <p>Selected: {{ selected }}</p>
  `,
})
export class JourneyComponent {
  journey = journey;
  selected = 'nothing yet';

  onSelect(event: Event) {
    this.selected = (event as CustomEvent<TouchpointSelectDetail>).detail.touchpoint.title;
  }
}
