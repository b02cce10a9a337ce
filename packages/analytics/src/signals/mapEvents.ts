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
  const { regexMatches, argMin } = engine.dialect;
  await engine.execute(
    'CREATE OR REPLACE TABLE signal_rules (priority INTEGER, regex VARCHAR, channel VARCHAR, touchpoint VARCHAR, step VARCHAR)',
  );
  await engine.insertRows(
    'signal_rules',
    ['priority', 'regex', 'channel', 'touchpoint', 'step'],
    design.eventRules.map((r) => [r.priority, r.regex, r.channel, r.touchpoint, r.step]),
  );
  await engine.execute(
    'CREATE OR REPLACE TABLE design_steps (step VARCHAR, stage VARCHAR, stage_order INTEGER, step_order INTEGER)',
  );
  await engine.insertRows(
    'design_steps',
    ['step', 'stage', 'stage_order', 'step_order'],
    design.steps.map((s) => [s.id, s.stage, s.stageOrder, s.order ?? null]),
  );
  await engine.execute('CREATE OR REPLACE TABLE element_steps (element VARCHAR, step VARCHAR)');
  await engine.insertRows(
    'element_steps',
    ['element', 'step'],
    design.steps.flatMap((s) => [[s.id, s.id], ...s.touchpoints.map((t) => [t, s.id])]),
  );
  await engine.execute(
    'CREATE OR REPLACE TABLE segment_rules (priority INTEGER, regex VARCHAR, persona VARCHAR)',
  );
  await engine.insertRows(
    'segment_rules',
    ['priority', 'regex', 'persona'],
    design.segmentRules.map((r) => [r.priority, r.regex, r.persona]),
  );
  await engine.execute(`CREATE OR REPLACE TABLE event_names AS
    SELECT event, channel, events, touchpoint, step FROM (
      SELECT n.event, n.channel, n.events, r.touchpoint, r.step,
        row_number() OVER (PARTITION BY n.event, n.channel ORDER BY r.priority) AS pick
      FROM (SELECT event, coalesce(channel, '') AS channel, count(*) AS events FROM events GROUP BY event, coalesce(channel, '')) n
      LEFT JOIN signal_rules r ON ${regexMatches('n.event', 'r.regex')} AND (r.channel IS NULL OR r.channel = n.channel)
    ) WHERE pick = 1`);
  await engine.execute(`CREATE OR REPLACE TABLE segment_personas AS
    SELECT segment, persona FROM (
      SELECT s.segment, r.persona, row_number() OVER (PARTITION BY s.segment ORDER BY r.priority) AS pick
      FROM (SELECT DISTINCT segment FROM events WHERE segment IS NOT NULL
            UNION SELECT DISTINCT segment FROM feedback WHERE segment IS NOT NULL) s
      JOIN segment_rules r ON ${regexMatches('s.segment', 'r.regex')}
    ) WHERE pick = 1`);
  await engine.execute(`CREATE OR REPLACE TABLE customers AS
    SELECT c.customer, c.segment, p.persona FROM (
      SELECT customer, ${argMin('segment', 'ts')} FILTER (WHERE segment IS NOT NULL) AS segment FROM events GROUP BY customer
    ) c LEFT JOIN segment_personas p ON c.segment = p.segment`);
  // `seq`: each customer's events in order, once: by time, then (same instant) by the designed
  // step order, then by name, so ties always order the same way.
  await engine.execute(`CREATE OR REPLACE TABLE mapped AS
    SELECT *, row_number() OVER (PARTITION BY customer ORDER BY ts, coalesce(step_order, 1000000), step, event) AS seq
    FROM (SELECT DISTINCT e.customer, e.ts, e.event, e.channel, c.persona, n.touchpoint, n.step,
        d.stage, d.stage_order, d.step_order
      FROM events e
      JOIN event_names n ON e.event = n.event AND coalesce(e.channel, '') = n.channel
      JOIN design_steps d ON d.step = n.step
      JOIN customers c ON c.customer = e.customer) m`);
}
