// Generated journeys for the benchmark: n touchpoints spread over ten stages, three personas,
// every lane filled, explicit paths with branches and a loop back.
const CHANNELS = ['web', 'mobile-app', 'email', 'phone', 'chat', 'social', 'store', 'review'];
const PERSONAS = [
  { id: 'maria', name: 'Maria Lind', role: 'First-time buyer' },
  { id: 'ola', name: 'Ola Berg', role: 'Loyal customer' },
  { id: 'aino', name: 'Aino Virtanen', role: 'Busy teacher' },
];

/** A valid journey-model v1 document with `count` touchpoints (deterministic). */
export function generateJourney(count) {
  const stageCount = 10;
  const stages = Array.from({ length: stageCount }, (_, s) => ({
    id: `stage-${s}`,
    name: `Stage ${s + 1}`,
    description: `What happens in stage ${s + 1}.`,
    metrics: [{ kind: 'conversion', value: 0.5 + (s % 5) / 10 }],
  }));
  const touchpoints = Array.from({ length: count }, (_, i) => {
    const stage = Math.min(stageCount - 1, Math.floor((i * stageCount) / count));
    const emotion = ((i * 3) % 7) - 3;
    return {
      id: `tp-${i}`,
      stage: `stage-${stage}`,
      persona: PERSONAS[i % PERSONAS.length].id,
      title: `Touchpoint ${i + 1}: a moment of contact`,
      channel: CHANNELS[i % CHANNELS.length],
      actions: [`Does step ${i + 1}`],
      thoughts: [`Thinks about step ${i + 1}`],
      emotion,
      emotionRange: { min: Math.max(-3, emotion - 1), max: Math.min(3, emotion + 1) },
      painPoints: i % 3 === 0 ? [{ text: `Pain ${i + 1}`, severity: 'high' }] : [],
      opportunities: i % 4 === 0 ? [{ text: `Opportunity ${i + 1}`, impact: 4, effort: 2 }] : [],
      backstage: [`Backstage work ${i + 1}`],
      momentOfTruth: i % 25 === 0,
      metrics: [{ kind: 'csat', value: 3 + (i % 3) / 2 }],
      // Each persona's own chain, a branch every 10th and a loop back every 50th touchpoint.
      next: [
        ...(i + 3 < count ? [`tp-${i + 3}`] : []),
        ...(i % 10 === 0 && i + 4 < count ? [`tp-${i + 4}`] : []),
        ...(i % 50 === 49 ? [`tp-${i - 30}`] : []),
      ],
    };
  });
  return { version: 1, title: `Generated journey, ${count} touchpoints`, personas: PERSONAS, stages, touchpoints };
}

/** The same journey in Mermaid's `journey` grammar (scores 1–5 from emotions −3…3). */
export function toMermaidJourney(journey) {
  const names = new Map(journey.personas.map((p) => [p.id, p.name]));
  const lines = ['journey', `  title ${journey.title}`];
  for (const stage of journey.stages) {
    lines.push(`  section ${stage.name}`);
    for (const tp of journey.touchpoints.filter((t) => t.stage === stage.id)) {
      const score = Math.round(((tp.emotion + 3) / 6) * 4 + 1);
      lines.push(`    ${tp.title.replace(/:/g, ' -')}: ${score}: ${names.get(tp.persona)}`);
    }
  }
  return lines.join('\n');
}
