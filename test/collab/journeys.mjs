// A small valid journey for the collaboration tests (a fresh copy per call).
export function sampleJourney() {
  return structuredClone({
    version: 1,
    title: 'Buying a winter jacket',
    personas: [{ id: 'maria', name: 'Maria Lind' }],
    stages: [
      { id: 'discover', name: 'Discover' },
      { id: 'buy', name: 'Buy' },
    ],
    touchpoints: [
      { id: 'ad', stage: 'discover', title: 'Sees an ad', channel: 'social', actions: ['Saves the post'], emotion: 1 },
      { id: 'chat', stage: 'discover', title: 'Asks about sizes', channel: 'chat', emotion: -2, painPoints: ['Slow answer', { text: 'No size chart', severity: 'high' }] },
      { id: 'checkout', stage: 'buy', title: 'Pays', channel: 'web', emotion: 2 },
    ],
  });
}
