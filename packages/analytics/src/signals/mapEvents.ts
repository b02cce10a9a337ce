import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import type { JourneyDesign } from './journeyDesign.js';

/**
 * Lays the loaded events over the journey, inside the engine:
 * - `event_names`: each distinct (event, channel) with the first rule it matches (rules are few
 *   and names are few, so patterns run once per name, not once per event);
 * - `mapped`: the events that match, once each (exact duplicates dropped), with their step,
 *   touchpoint, stage, designed order and `seq`, their place in the customer's order;
 * - `customers`: each customer's segment (the first one given) and persona;
 * Both `events` and `feedback` must exist (an input not given is an empty table).
 */
export async function mapEvents(engine: AnalyticsEngine, design: JourneyDesign): Promise<void> {
  const { regexMatches, argMin, literal, sequenced, typeName } = engine.dialect;
  await engine.createTable('signal_rules', [
    ['priority', 'INTEGER'],
    ['regex', 'VARCHAR'],
    ['channel', 'VARCHAR'],
    ['touchpoint', 'VARCHAR'],
    ['step', 'VARCHAR'],
  ]);
  await engine.insertRows(
    'signal_rules',
    ['priority', 'regex', 'channel', 'touchpoint', 'step'],
    design.eventRules.map((r) => [r.priority, r.regex, r.channel, r.touchpoint, r.step]),
  );
  await engine.createTable('design_steps', [
    ['step', 'VARCHAR'],
    ['stage', 'VARCHAR'],
    ['stage_order', 'INTEGER'],
    ['step_order', 'INTEGER'],
  ]);
  await engine.insertRows(
    'design_steps',
    ['step', 'stage', 'stage_order', 'step_order'],
    design.steps.map((s) => [s.id, s.stage, s.stageOrder, s.order ?? null]),
  );
  await engine.createTable('element_steps', [
    ['element', 'VARCHAR'],
    ['step', 'VARCHAR'],
  ]);
  await engine.insertRows(
    'element_steps',
    ['element', 'step'],
    design.steps.flatMap((s) => [[s.id, s.id], ...s.touchpoints.map((t) => [t, s.id])]),
  );
  // The first rule a value matches, as one CASE over the rules (written as literals: rules are
  // few, and ClickHouse wants constant patterns), run once per distinct value.
  const firstRule = (rules: readonly { readonly priority: number; readonly when: string }[]) =>
    rules.length === 0
      ? `CAST(NULL AS ${typeName('INTEGER')})`
      : `CAST(CASE ${rules.map((r) => `WHEN ${r.when} THEN ${r.priority}`).join(' ')} END AS ${typeName('INTEGER')})`;
  const eventRule = firstRule(
    design.eventRules.map((r) => ({
      priority: r.priority,
      when: `${regexMatches('n.event', literal(r.regex))}${r.channel === null ? '' : ` AND n.channel_or_empty = ${literal(r.channel)}`}`,
    })),
  );
  // (ClickHouse lets an alias shadow a column, so the inner names differ from the outer.)
  const names = `SELECT n.event AS event, n.channel_or_empty AS channel, n.events AS events, ${eventRule} AS priority
    FROM (SELECT event AS event, coalesce(channel, '') AS channel_or_empty, count(*) AS events FROM events GROUP BY event, coalesce(channel, '')) n`;
  const rules = `SELECT r.priority AS priority, r.touchpoint AS touchpoint, r.step AS step, d.stage AS stage,
      d.stage_order AS stage_order, d.step_order AS step_order
    FROM signal_rules r JOIN design_steps d ON d.step = r.step`;
  await engine.createTable(
    'event_names',
    `SELECT m.event AS event, m.channel AS channel, m.events AS events, r.touchpoint AS touchpoint, r.step AS step,
        r.stage AS stage, r.stage_order AS stage_order, r.step_order AS step_order
      FROM (${names}) m LEFT JOIN (${rules}) r ON r.priority = m.priority`,
  );
  await engine.createTable('segment_rules', [
    ['priority', 'INTEGER'],
    ['regex', 'VARCHAR'],
    ['persona', 'VARCHAR'],
  ]);
  await engine.insertRows(
    'segment_rules',
    ['priority', 'regex', 'persona'],
    design.segmentRules.map((r) => [r.priority, r.regex, r.persona]),
  );
  await engine.createTable(
    'segment_personas',
    `SELECT s.segment AS segment, r.persona AS persona FROM (
      SELECT segment, ${firstRule(design.segmentRules.map((r) => ({ priority: r.priority, when: regexMatches('segment', literal(r.regex)) })))} AS priority FROM (
        SELECT DISTINCT segment FROM (SELECT segment FROM events WHERE segment IS NOT NULL
          UNION ALL SELECT segment FROM feedback WHERE segment IS NOT NULL) u) d
    ) s JOIN segment_rules r ON r.priority = s.priority`,
  );
  await engine.createTable(
    'customers',
    `SELECT c.customer AS customer, c.segment AS segment, p.persona AS persona FROM (
      SELECT customer, ${argMin('segment', 'ts')} AS segment FROM events GROUP BY customer
    ) c LEFT JOIN segment_personas p ON c.segment = p.segment`,
  );
  // `seq`: each customer's events in order, once: by time, then (same instant) by the designed
  // step order, then by name, so ties always order the same way.
  const matched = `SELECT DISTINCT e.customer AS customer, e.ts AS ts, e.event AS event, e.channel AS channel,
      n.touchpoint AS touchpoint, n.step AS step, n.stage AS stage, n.stage_order AS stage_order, n.step_order AS step_order
    FROM events e JOIN event_names n ON e.event = n.event AND coalesce(e.channel, '') = n.channel WHERE n.step IS NOT NULL`;
  const columns = [
    'ts',
    'event',
    'channel',
    'persona',
    'touchpoint',
    'step',
    'stage',
    'stage_order',
    'step_order',
  ];
  const withPersona = `(SELECT m.customer AS customer, ${columns.map((c) => (c === 'persona' ? 'c.persona AS persona' : `m.${c} AS ${c}`)).join(', ')}
    FROM (${matched}) m JOIN customers c ON c.customer = m.customer)`;
  const ordered = sequenced(withPersona, {
    partitionBy: 'customer',
    orderBy: ['ts', 'coalesce(step_order, 1000000)', 'step', 'event'],
    columns,
    previous: [],
  });
  await engine.createTable('mapped', `SELECT customer, ${columns.join(', ')}, n AS seq FROM ${ordered} o`);
}
