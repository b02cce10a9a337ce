import type { Gain, PainPoint } from '../../model/findings.js';
import type { Journey } from '../../model/journey.js';
import { metricDirection } from '../../model/metricDirection.js';
import type { Persona } from '../../model/persona.js';
import type { Step } from '../../model/step.js';
import { allSteps } from '../../model/walk.js';
import { rankOpportunities } from '../../scoring.js';
import { emotionBar, emotionBlock, mdId, mdTable, mdText, signed } from './markdownText.js';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const quoted = (text: string) => `“${mdText(text)}”`;

/** Numbers the findings and opportunities as the rendered map does: P1…, G1…, O1…, I1…. */
function labels(journey: Journey): Map<string, string> {
  const lists: [string, readonly { id: string }[]][] = [
    ['P', journey.painPoints],
    ['G', journey.gains],
    ['O', journey.opportunities],
    ['I', journey.insights],
  ];
  return new Map(
    lists.flatMap(([letter, items]) => items.map((item, i) => [item.id, `${letter}${i + 1}`] as const)),
  );
}

/**
 * A readable Markdown document of the map: title, objective and facts, personas, each stage
 * with its steps (touchpoints, emotions per persona with a small bar, thoughts, pain points,
 * gains, blueprint lanes), alternative paths, then opportunities ranked by RICE with their pain
 * points and actions, the actions, metrics and insights. User text is escaped so it renders as
 * text (no HTML, links or emphasis).
 */
export function exportMarkdown(journey: Journey): string {
  const label = labels(journey);
  const nameOf = new Map<string, string>();
  for (const persona of journey.personas) nameOf.set(persona.id, persona.name);
  for (const stage of journey.stages) nameOf.set(stage.id, stage.name);
  for (const item of [
    ...journey.painPoints,
    ...journey.gains,
    ...journey.opportunities,
    ...journey.actions,
  ]) {
    nameOf.set(item.id, item.title);
  }
  for (const item of [...journey.metrics, ...journey.paths]) nameOf.set(item.id, item.name);
  for (const { step } of allSteps(journey)) {
    nameOf.set(step.id, step.name);
    for (const t of step.touchpoints) nameOf.set(t.id, `${step.name} (${t.name ?? t.channel})`);
  }
  const named = (id: string) => mdText(nameOf.get(id) ?? id);
  const context: Context = { journey, label, named };

  const out: string[] = [`# ${mdText(journey.title)}`, ''];
  if (journey.objective) out.push(`> **Objective:** ${mdText(journey.objective)}`, '');
  if (journey.description) out.push(mdText(journey.description), '');
  out.push(...facts(journey), '');
  out.push(...personas(journey.personas));
  out.push(...emotionCurve(journey));

  out.push('## Journey', '');
  journey.stages.forEach((stage, s) => {
    out.push(`### ${s + 1}. ${mdText(stage.name)}`, '');
    if (stage.description) out.push(mdText(stage.description), '');
    if (stage.loop) {
      const reason = stage.loop.reason ? `: ${mdText(stage.loop.reason)}` : '';
      out.push(`*Loops back to ${named(stage.loop.to)}${reason}*`, '');
    }
    if (stage.steps.length === 0) out.push('*No steps yet.*', '');
    stage.steps.forEach((step, i) => {
      out.push(...stepSection(`${s + 1}.${i + 1}`, step, context));
    });
  });
  if (journey.paths.length > 0) {
    out.push('## Alternative paths', '');
    journey.paths.forEach((path, p) => {
      const share = path.share === undefined ? '' : `, ${percent(path.share)} of customers`;
      out.push(`### ${mdText(path.name)} (${path.kind}${share})`, '');
      const rejoin = path.rejoin ? `, rejoins at ${named(path.rejoin)}` : ', ends there';
      out.push(`Branches after ${named(path.from)}${rejoin}.`, '');
      if (path.description) out.push(mdText(path.description), '');
      path.steps.forEach((step, i) => {
        out.push(...stepSection(`A${p + 1}.${i + 1}`, step, context));
      });
    });
  }
  out.push(...findingsTable('Pain points', journey.painPoints, context));
  out.push(...findingsTable('Gains', journey.gains, context));
  out.push(...opportunities(context));
  out.push(...actions(context));
  out.push(...metrics(context));
  out.push(...insights(context));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

interface Context {
  readonly journey: Journey;
  readonly label: ReadonlyMap<string, string>;
  readonly named: (id: string) => string;
}

function facts(journey: Journey): string[] {
  const rows: [string, string][] = [
    ['Scope', journey.scope],
    [
      'State',
      journey.redesigns ? `${journey.state} (redesigns ${mdText(journey.redesigns)})` : journey.state,
    ],
    ['Status', journey.status],
  ];
  if (journey.owner) rows.push(['Owner', mdText(journey.owner)]);
  if (journey.version) rows.push(['Version', mdText(journey.version)]);
  if (journey.tags.length > 0) rows.push(['Tags', journey.tags.map(mdText).join(', ')]);
  if (journey.review?.cadence || journey.review?.lastReviewed) {
    const cadence = journey.review.cadence ? `${journey.review.cadence} review` : 'review';
    const last = journey.review.lastReviewed ? `, last reviewed ${journey.review.lastReviewed}` : '';
    rows.push(['Review', `${cadence}${last}`]);
  }
  return mdTable(['', ''], rows);
}

function personas(list: readonly Persona[]): string[] {
  if (list.length === 0) return [];
  const out = ['## Personas', ''];
  for (const persona of list) {
    const extra = [
      persona.segment && mdText(persona.segment),
      persona.share !== undefined && `${percent(persona.share)} of customers`,
    ];
    const suffix = extra.filter(Boolean).join(', ');
    out.push(`### ${mdText(persona.name)}${suffix ? ` — ${suffix}` : ''}`, '');
    if (persona.description) out.push(mdText(persona.description), '');
    if (persona.quote) out.push(`> ${quoted(persona.quote)}`, '');
    const lists: [string, readonly string[]][] = [
      ['Goals', persona.goals],
      ['Needs', persona.needs],
      ['Frustrations', persona.frustrations],
      ['Behaviours', persona.behaviours],
    ];
    for (const [title, items] of lists) {
      if (items.length > 0) out.push(`- **${title}:** ${items.map(mdText).join('; ')}`);
    }
    out.push('');
  }
  return out;
}

/** One line of bars per persona over the main path's steps. */
function emotionCurve(journey: Journey): string[] {
  const steps = journey.stages.flatMap((stage) => stage.steps);
  const scored = journey.personas.filter((p) => steps.some((step) => step.emotions[p.id] !== undefined));
  if (scored.length === 0) return [];
  const rows = scored.map((persona) => [
    mdText(persona.name),
    steps
      .map((step) => {
        const emotion = step.emotions[persona.id];
        return emotion === undefined ? '·' : emotionBlock(emotion.score);
      })
      .join(''),
  ]);
  return ['## Emotion curve', '', ...mdTable(['Persona', 'Steps, left to right (· = no score)'], rows), ''];
}

function stepSection(number: string, step: Step, context: Context): string[] {
  const { journey, label } = context;
  const out = [`#### ${number} ${mdText(step.name)}`, ''];
  if (step.momentOfTruth) out.push(`★ **Moment of truth:** ${mdText(step.momentOfTruth.reason)}`, '');
  if (step.description) out.push(mdText(step.description), '');
  const lines: string[] = [];
  if (step.touchpoints.length > 0) {
    const touchpoints = step.touchpoints.map((t) => {
      const facts = [
        t.online === undefined ? undefined : t.online ? 'online' : 'offline',
        t.department && mdText(t.department),
      ];
      const about = facts.filter(Boolean).join(', ');
      const mot = t.momentOfTruth ? ` ★ moment of truth: ${mdText(t.momentOfTruth.reason)}` : '';
      return `${mdText(t.channel)}${t.name ? `: ${mdText(t.name)}` : ''}${about ? ` (${about})` : ''}${mot}`;
    });
    lines.push(`- **Touchpoints:** ${touchpoints.join('; ')}`);
  }
  const emotions = Object.entries(step.emotions);
  if (emotions.length > 0) {
    lines.push('- **Emotions:**');
    for (const [persona, emotion] of emotions) {
      const thoughts = emotion.thoughts.length > 0 ? ` — ${emotion.thoughts.map(quoted).join(' ')}` : '';
      lines.push(`  - ${context.named(persona)} ${emotionBar(emotion.score)}${thoughts}`);
    }
  }
  if (step.thoughts.length > 0) lines.push(`- **Thoughts:** ${step.thoughts.map(quoted).join(' ')}`);
  const here = new Set([step.id, ...step.touchpoints.map((t) => t.id)]);
  const findings = (title: string, items: readonly (PainPoint | Gain)[]) => {
    const at = items.filter((item) => item.at !== undefined && here.has(item.at));
    if (at.length === 0) return;
    const text = at.map(
      (item) => `${label.get(item.id)} ${mdText(item.title)} (severity ${item.severity}/5)`,
    );
    lines.push(`- **${title}:** ${text.join('; ')}`);
  };
  findings('Pain points', journey.painPoints);
  findings('Gains', journey.gains);
  const blueprint: [string, readonly string[]][] = [
    ['Frontstage', step.blueprint.frontstage],
    ['Backstage', step.blueprint.backstage],
    ['Support processes', step.blueprint.support],
    ['Systems', step.blueprint.systems],
    ['Physical evidence', step.blueprint.physical],
  ];
  for (const [title, items] of blueprint) {
    if (items.length > 0) lines.push(`- **${title}:** ${items.map(mdText).join('; ')}`);
  }
  if (step.detail) lines.push(`- **Detail map:** ${mdText(step.detail)}`);
  if (step.evidence) lines.push(`- **Evidence:** ${step.evidence}`);
  return [...out, ...lines, ''];
}

function findingsTable(title: string, items: readonly (PainPoint | Gain)[], context: Context): string[] {
  if (items.length === 0) return [];
  const rows = items.map((item) => [
    context.label.get(item.id) ?? '',
    mdText(item.title) + (item.description ? `<br>${mdText(item.description)}` : ''),
    item.at ? context.named(item.at) : '',
    `${item.severity}/5`,
    item.reach === undefined ? '' : percent(item.reach),
    item.personas.map(context.named).join(', '),
  ]);
  return [
    `## ${title}`,
    '',
    ...mdTable(['#', title.slice(0, -1), 'Where', 'Severity', 'Reach', 'Personas'], rows),
    '',
  ];
}

function opportunities({ journey, label }: Context): string[] {
  if (journey.opportunities.length === 0) return [];
  const out = ['## Opportunities, ranked by RICE', ''];
  const painTitles = new Map(journey.painPoints.map((p) => [p.id, p.title]));
  for (const { opportunity, score, rank } of rankOpportunities(journey, 'rice')) {
    const facts = [
      `RICE ${score.rice}`,
      `ICE ${score.ice}`,
      `impact ${opportunity.impact}/5`,
      `effort ${opportunity.effort}/5`,
      `confidence ${percent(opportunity.confidence)}`,
      `reach ${percent(score.reach)}`,
      opportunity.status,
      opportunity.owner && `owner ${mdText(opportunity.owner)}`,
    ].filter(Boolean);
    out.push(`${rank}. **${label.get(opportunity.id)} ${mdText(opportunity.title)}** — ${facts.join(' · ')}`);
    if (opportunity.description) out.push(`   ${mdText(opportunity.description)}`);
    if (opportunity.addresses.length > 0) {
      const text = opportunity.addresses.map(
        (id) => `${label.get(id) ?? mdId(id)} ${mdText(painTitles.get(id) ?? id)}`,
      );
      out.push(`   - Addresses: ${text.join('; ')}`);
    }
    const actions = journey.actions.filter((action) => action.opportunity === opportunity.id);
    if (actions.length > 0) {
      const text = actions.map(
        (a) =>
          `${mdText(a.title)} (${[a.owner && mdText(a.owner), a.due, a.status].filter(Boolean).join(', ')})`,
      );
      out.push(`   - Actions: ${text.join('; ')}`);
    }
  }
  return [...out, ''];
}

function actions({ journey, label, named }: Context): string[] {
  if (journey.actions.length === 0) return [];
  const metricNames = new Map(journey.metrics.map((m) => [m.id, m.name]));
  const rows = journey.actions.map((action) => [
    mdText(action.title) + (action.description ? `<br>${mdText(action.description)}` : ''),
    action.opportunity ? `${label.get(action.opportunity) ?? ''} ${named(action.opportunity)}`.trim() : '',
    action.owner ? mdText(action.owner) : '',
    action.department ? mdText(action.department) : '',
    action.due ?? '',
    action.status,
    action.kpi
      ? `${mdText(metricNames.get(action.kpi.metric) ?? action.kpi.metric)}${action.kpi.change === undefined ? '' : ` ${signed(action.kpi.change)}`}`
      : '',
  ]);
  return [
    '## Actions',
    '',
    ...mdTable(['Action', 'Opportunity', 'Owner', 'Department', 'Due', 'Status', 'KPI'], rows),
    '',
  ];
}

function metrics({ journey, named }: Context): string[] {
  if (journey.metrics.length === 0) return [];
  const rows = journey.metrics.map((metric) => {
    const unit = metric.unit ? ` ${mdText(metric.unit)}` : '';
    const value = (n: number | undefined) => (n === undefined ? '' : `${n}${unit}`);
    const latest = metric.measurements.reduce<(typeof metric.measurements)[number] | undefined>(
      (best, m) => (best === undefined || m.date >= best.date ? m : best),
      undefined,
    );
    return [
      mdText(metric.name),
      metric.kind,
      metric.at ? named(metric.at) : 'whole journey',
      metricDirection(metric) === 'up' ? '↑ higher is better' : '↓ lower is better',
      value(metric.baseline),
      value(metric.target),
      latest ? `${value(latest.value)} (${latest.date})` : '',
    ];
  });
  return [
    '## Metrics',
    '',
    ...mdTable(['Metric', 'Kind', 'Scope', 'Direction', 'Baseline', 'Target', 'Latest'], rows),
    '',
  ];
}

function insights({ journey, label, named }: Context): string[] {
  if (journey.insights.length === 0) return [];
  const out = ['## Insights', ''];
  for (const insight of journey.insights) {
    const about = [insight.source, insight.date, insight.reference && mdText(insight.reference)].filter(
      Boolean,
    );
    const who = insight.personas.length > 0 ? ` — ${insight.personas.map(named).join(', ')}` : '';
    out.push(`- **${label.get(insight.id)}** ${quoted(insight.text)} (${about.join(', ')})${who}`);
  }
  return [...out, ''];
}
