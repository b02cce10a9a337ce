import type { AnalysisDocument } from '@waymark/core';
import type { Analysis } from './Analysis.js';
import { numberOrNull } from './Analysis.js';

/** Events no signal matched, by name and channel: reported, never dropped silently. */
export const unmatchedEventsAnalysis: Analysis<'unmatchedEvents'> = {
  id: 'unmatchedEvents',
  description: 'events that match no signal of the journey',
  async run(context): Promise<AnalysisDocument['unmatchedEvents']> {
    const [total] = await context.engine.query(
      'SELECT coalesce(sum(events), 0) AS n FROM event_names WHERE step IS NULL',
    );
    const names = await context.engine.query(
      'SELECT event, channel, events FROM event_names WHERE step IS NULL ORDER BY events DESC, event, channel LIMIT 25',
    );
    return {
      events: numberOrNull(total?.n) ?? 0,
      names: names.map((row) => ({
        event: String(row.event),
        channel: row.channel === '' || row.channel === null ? null : String(row.channel),
        count: numberOrNull(row.events) ?? 0,
      })),
    };
  },
};
