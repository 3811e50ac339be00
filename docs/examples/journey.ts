import type { Journey } from 'journeykit/model';

/** The journey every example shows: two personas, three stages, four touchpoints. */
export const journey: Journey = {
  version: 1,
  title: 'Buying a winter jacket',
  locale: 'en',
  personas: [
    { id: 'maria', name: 'Maria Lind', role: 'First-time buyer' },
    { id: 'omar', name: 'Omar Haddad', role: 'Returning customer' },
  ],
  stages: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'purchase', name: 'Purchase' },
    { id: 'delivery', name: 'Delivery' },
  ],
  touchpoints: [
    { id: 'ad', stage: 'awareness', persona: 'maria', title: 'Sees an Instagram ad', channel: 'social', emotion: 1 },
    { id: 'store', stage: 'awareness', persona: 'omar', title: 'Tries jackets on in the store', channel: 'store', emotion: 2 },
    {
      id: 'pay',
      stage: 'purchase',
      title: 'Pays on the mobile checkout',
      channel: 'mobile-app',
      emotion: -2,
      momentOfTruth: true,
      painPoints: [{ text: 'Delivery cost shown only at the last step', severity: 'high' }],
    },
    { id: 'parcel', stage: 'delivery', title: 'Picks up the parcel', channel: 'store', emotion: 2 },
  ],
};
