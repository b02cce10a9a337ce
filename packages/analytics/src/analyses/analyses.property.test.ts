import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engine/DuckDbEngine.js';
import { createEmptyInputs } from '../input/emptyTables.js';
import { journeyDesign } from '../signals/journeyDesign.js';
import { mapEvents } from '../signals/mapEvents.js';
import { smallJourney } from '../testing/smallJourney.js';
import type { AnalysisContext } from './Analysis.js';
import { directlyFollowsAnalysis } from './directlyFollows.js';
import { funnelFor } from './funnel.js';
import { pathVariantsAnalysis } from './pathVariants.js';

const names = ['visit', 'cart_add', 'pay_card', 'pay_paypal', 'use', 'noise'];
const arbLog = fc.array(
  fc.record({
    customer: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    event: fc.constantFrom(...names),
    minute: fc.integer({ min: 0, max: 30 }),
  }),
  { minLength: 1, maxLength: 40 },
);

/** Runs `check` on a fresh engine holding the log, mapped to the small journey. */
async function onLog(
  log: readonly { customer: string; event: string; minute: number }[],
  check: (context: AnalysisContext) => Promise<void>,
) {
  const engine = await DuckDbEngine.open();
  try {
    await createEmptyInputs(engine, { events: true, feedback: true });
    await engine.insertRows(
      'events',
      ['line', 'customer', 'ts', 'event', 'channel', 'segment'],
      log.map((e, index) => [
        index + 2,
        e.customer,
        1_704_067_200_000 + e.minute * 60_000,
        e.event,
        null,
        null,
      ]),
    );
    const design = journeyDesign(smallJourney());
    await mapEvents(engine, design);
    await check({ engine, design, scope: {}, options: {} });
  } finally {
    await engine.close();
  }
}

describe('analyses (properties over random logs)', () => {
  it('a strict funnel never grows from stage to stage and conversion stays within 0..1', async () => {
    await fc.assert(
      fc.asyncProperty(arbLog, fc.constantFrom('strict' as const, 'reached' as const), (log, mode) =>
        onLog(log, async (context) => {
          const funnel = await funnelFor({ ...context, options: { funnelMode: mode } }, {});
          const stages = funnel?.stages ?? [];
          for (const [k, stage] of stages.entries()) {
            if (stage.conversionToNext !== null) {
              expect(stage.conversionToNext).toBeGreaterThanOrEqual(0);
              expect(stage.conversionToNext).toBeLessThanOrEqual(1);
            }
            const next = stages[k + 1];
            if (mode === 'strict' && next !== undefined)
              expect(next.customers).toBeLessThanOrEqual(stage.customers);
          }
        }),
      ),
      { numRuns: 25 },
    );
  });

  it('directly-follows edge counts sum to the transitions: mapped events minus customers', async () => {
    await fc.assert(
      fc.asyncProperty(arbLog, (log) =>
        onLog(log, async (context) => {
          const dfg = await directlyFollowsAnalysis.run(context);
          const [row] = await context.engine.query(
            'SELECT count(*) AS n, count(DISTINCT customer) AS c FROM mapped',
          );
          const transitions = Number(row?.n) - Number(row?.c);
          expect(dfg?.transitions).toBe(transitions);
          expect((dfg?.edges ?? []).reduce((sum, e) => sum + e.count, 0)).toBe(transitions);
        }),
      ),
      { numRuns: 25 },
    );
  });

  it('path variant shares add up to at most 1 and count every customer once', async () => {
    await fc.assert(
      fc.asyncProperty(arbLog, (log) =>
        onLog(log, async (context) => {
          const paths = await pathVariantsAnalysis.run({ ...context, options: { topPaths: 1000 } });
          const total = (paths?.variants ?? []).reduce((sum, v) => sum + v.customers, 0);
          expect(total).toBe(paths?.customers);
          const shares = (paths?.variants ?? []).reduce((sum, v) => sum + v.share, 0);
          expect(shares).toBeLessThanOrEqual(1 + 1e-9);
        }),
      ),
      { numRuns: 20 },
    );
  });
});
