// The benchmark map of issue #2: 10 stages × 10 steps × 10 touchpoints (1,000 touchpoints),
// 3 personas, every lane filled. Deterministic: the same map every run.
import { Journey } from '@waymark/core';

const channels = [
  'web',
  'app',
  'email',
  'phone',
  'store',
  'chat',
  'social',
  'delivery',
  'word-of-mouth',
  'sms',
];
const personas = ['shopper', 'loyal', 'business'];

export function bigJourney({ stages = 10, steps = 10, touchpoints = 10 } = {}) {
  const painPoints = [];
  const opportunities = [];
  const actions = [];
  const metrics = [];
  const insights = [];
  const stageList = [];
  for (let s = 0; s < stages; s++) {
    const stepList = [];
    for (let t = 0; t < steps; t++) {
      const stepId = `s${s}-t${t}`;
      const tps = [];
      for (let k = 0; k < touchpoints; k++) {
        tps.push({
          id: `${stepId}-tp${k}`,
          channel: channels[(s + t + k) % channels.length],
          name: `Touchpoint ${k + 1} of step ${t + 1}: a name long enough to wrap onto two lines`,
          department: ['Marketing', 'Sales', 'Support', 'Logistics'][k % 4],
          ...(k === 0 && t % 3 === 0
            ? { momentOfTruth: { reason: 'The customer decides here whether to trust us' } }
            : {}),
        });
      }
      const emotions = {};
      personas.forEach((persona, p) => {
        emotions[persona] = {
          score: ((s * 7 + t * 3 + p * 5) % 5) - 2,
          thoughts: [`Persona ${p + 1} thinks about step ${t + 1}`],
        };
      });
      stepList.push({
        id: stepId,
        name: `Step ${t + 1} of stage ${s + 1}: the customer does something specific here`,
        touchpoints: tps,
        emotions,
        thoughts: ['Is this the best price I can get?', 'How long will delivery take?'],
        blueprint: {
          frontstage: ['Agent greets and answers questions'],
          backstage: ['Order is checked against stock'],
          support: ['Inventory sync every 15 minutes'],
          systems: ['ERP', 'CRM'],
          physical: ['Confirmation email', 'Receipt'],
        },
      });
      if (t % 2 === 0) {
        const insightId = `i-${stepId}`;
        insights.push({
          id: insightId,
          text: `Survey: 40% of customers mention step ${t + 1}`,
          source: 'survey',
          date: '2026-10-01',
        });
        painPoints.push({
          id: `p-${stepId}`,
          title: `Waiting too long at step ${t + 1} of stage ${s + 1}`,
          at: stepId,
          severity: 1 + ((s + t) % 5),
          reach: 0.3,
          personas: ['shopper'],
          insights: [insightId],
          evidence: 'reported',
        });
        opportunities.push({
          id: `o-${stepId}`,
          title: `Shorten step ${t + 1} of stage ${s + 1}`,
          addresses: [`p-${stepId}`],
          impact: 4,
          effort: 2,
          confidence: 0.8,
          owner: 'CX team',
          metrics: [`m-s${s}`],
        });
        actions.push({
          id: `a-${stepId}`,
          title: `Ship the shortcut for step ${t + 1}`,
          opportunity: `o-${stepId}`,
          owner: 'Alex',
          department: 'Product',
          due: '2027-03-01',
          kpi: { metric: `m-s${s}`, change: 5 },
        });
      }
    }
    stageList.push({ id: `s${s}`, name: `Stage ${s + 1}`, steps: stepList });
    metrics.push({
      id: `m-s${s}`,
      name: `Conversion of stage ${s + 1}`,
      kind: 'conversion',
      at: `s${s}`,
      unit: '%',
      baseline: 40,
      target: 55,
      measurements: [{ date: '2026-10-01', value: 42, source: 'analytics' }],
    });
  }
  return Journey.parse({
    id: 'benchmark',
    title: 'Benchmark journey: 10 stages × 10 steps × 10 touchpoints',
    objective: 'Measure parse, lint and render speed on a large map',
    owner: 'Bench',
    review: { cadence: 'quarterly', lastReviewed: '2026-10-01' },
    personas: personas.map((id, p) => ({ id, name: `Persona ${p + 1}`, share: 1 / 3 })),
    stages: stageList,
    insights,
    painPoints,
    gains: [{ id: 'g-1', title: 'Fast delivery', at: 's0-t0' }],
    opportunities,
    actions,
    metrics,
  });
}
