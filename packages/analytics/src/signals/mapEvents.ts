import type { AnalyticsEngine } from '../engine/AnalyticsEngine.js';
import { elementCodes } from './elementCodes.js';
import type { JourneyDesign } from './journeyDesign.js';

/**
 * Lays the loaded events over the journey, inside the engine:
 * - `event_names`: each distinct (event, channel) with the first rule it matches (rules are few
 *   and names are few, so patterns run once per name, not once per event);
 * - `customers`: each customer's integer id, segment (the first one given) and persona;
 * - `mapped`: the events that match, once each, as one compact ordered table (see mappedSql);
 * Both `events` and `feedback` must exist (an input not given is an empty table).
 */
export async function mapEvents(engine: AnalyticsEngine, design: JourneyDesign): Promise<void> {
  const { regexMatches, argMin, literal, rowNumber, typeName } = engine.dialect;
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
  // A customer's persona comes from its first segment: those (one per customer, not one per
  // event) and the responses' segments are the ones looked up.
  await engine.createTable(
    'waymark_first_segments',
    `SELECT customer, ${argMin('segment', 'ts')} AS segment FROM events GROUP BY customer`,
  );
  await engine.createTable(
    'segment_personas',
    `SELECT s.segment AS segment, r.persona AS persona FROM (
      SELECT segment, ${firstRule(design.segmentRules.map((r) => ({ priority: r.priority, when: regexMatches('segment', literal(r.regex)) })))} AS priority FROM (
        SELECT DISTINCT segment FROM (SELECT segment FROM waymark_first_segments WHERE segment IS NOT NULL
          UNION ALL SELECT segment FROM feedback WHERE segment IS NOT NULL) u) d
    ) s JOIN segment_rules r ON r.priority = s.priority`,
  );
  // Each customer as an integer (`id`) beside the original id, its segment (the first one
  // given) and persona, coded as its place among the design's personas.
  const personaCode =
    design.personas.length === 0
      ? `CAST(NULL AS ${typeName('INTEGER')})`
      : `CAST(CASE ${design.personas.map((p, index) => `WHEN p.persona = ${literal(p)} THEN ${index}`).join(' ')} END AS ${typeName('INTEGER')})`;
  await engine.createTable(
    'customers',
    `SELECT c.customer AS customer, c.segment AS segment, p.persona AS persona, ${personaCode} AS persona_code,
        CAST(${rowNumber()} AS ${typeName('INTEGER')}) AS id
      FROM waymark_first_segments c LEFT JOIN segment_personas p ON c.segment = p.segment`,
  );
  await engine.dropTable('waymark_first_segments');
  await engine.createTable('waymark_names', namesSql(engine, design));
  await engine.createTable('mapped', mappedSql(engine));
  await engine.dropTable('waymark_names');
}

/** The matched names (few), numbered (`name`) in the tie-break order, with their codes. */
function namesSql(engine: AnalyticsEngine, design: JourneyDesign): string {
  const codes = elementCodes(design, engine.dialect);
  // (Names differ from the columns they are made of: ClickHouse lets an alias shadow a column.)
  const names = `(SELECT 1 AS all_names, event, channel, ${codes.codeSql('stage')} AS stage_code, ${codes.codeSql('step')} AS step_code,
      ${codes.codeSql('coalesce(touchpoint, step)')} AS node_code, stage_order, step_order, coalesce(step_order, 1000000) AS tie, step
    FROM event_names WHERE step IS NOT NULL)`;
  const numbered = engine.dialect.sequenced(names, {
    partitionBy: 'all_names',
    orderBy: ['tie', 'step', 'event', 'channel'],
    columns: ['event', 'channel', 'stage_code', 'step_code', 'node_code', 'stage_order', 'step_order'],
    previous: [],
  });
  return `SELECT event, channel, n AS name, stage_code, step_code, node_code, stage_order, step_order FROM ${numbered} x`;
}

/**
 * The compact ordered table every analysis reads, built with one sort: one row per distinct
 * (customer, time, event name), integers only. Columns: customer (customers.id), ts, seq (the
 * place in the customer's order: by time, then — same instant — by the designed step order,
 * then step, event and channel, so ties always order the same way), persona (code), stage,
 * step and node (coalesce(touchpoint, step)) as element codes (elementCodes.ts), stage_order,
 * step_order; the previous row's ts, stage, step and node (`prev_…`), and the previous row on
 * the designed main path's step, step_order and ts (`prev_designed_…`) for conformance.
 */
function mappedSql(engine: AnalyticsEngine): string {
  const { sequenced } = engine.dialect;
  const named = 'waymark_names';
  // Exact duplicates dropped on integers: (customer, ts, name) once each.
  const keyed = `SELECT DISTINCT c.id AS customer_id, e.ts AS ts, e.name AS name, c.persona_code AS persona_code FROM (
      SELECT e.customer AS customer, e.ts AS ts, n.name AS name FROM events e
      JOIN ${named} n ON e.event = n.event AND coalesce(e.channel, '') = n.channel) e
    JOIN customers c ON c.customer = e.customer`;
  const rows = `(SELECT k.customer_id AS customer, k.ts AS ts, k.name AS name, k.persona_code AS persona, n.stage_code AS stage,
      n.step_code AS step, n.node_code AS node, n.stage_order AS stage_order, n.step_order AS step_order
    FROM (${keyed}) k JOIN ${named} n ON n.name = k.name)`;
  const columns = ['ts', 'persona', 'stage', 'step', 'node', 'stage_order', 'step_order'];
  const ordered = sequenced(rows, {
    partitionBy: 'customer',
    orderBy: ['ts', 'name'],
    columns,
    previous: ['ts', 'stage', 'step', 'node'],
    previousWhere: {
      when: 'step_order IS NOT NULL',
      prefix: 'prev_designed_',
      columns: ['step', 'step_order', 'ts'],
    },
  });
  return `SELECT customer, ${columns.join(', ')}, n AS seq, prev_ts, prev_stage, prev_step, prev_node,
      prev_designed_step, prev_designed_step_order AS prev_designed_order, prev_designed_ts FROM ${ordered} o`;
}
