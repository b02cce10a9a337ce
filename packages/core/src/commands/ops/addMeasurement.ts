import type { Journey } from '../../model/journey.js';
import { Measurement } from '../../model/plan.js';
import type { CommandContext, CommandOutcome } from '../commandContext.js';
import { parseWith, refuse } from '../commandContext.js';
import { findElement } from '../elementIndex.js';
import { updateIn } from '../immutable.js';
import type { JourneyCommand } from '../journeyCommand.js';

type MeasurementAdd = Extract<JourneyCommand, { op: 'measurement.add' }>;

/**
 * `measurement.add`: a measurement of a metric, placed in date order (after those of the same
 * date), so a late figure for an earlier month lands where a chart expects it.
 */
export function addMeasurement(context: CommandContext, command: MeasurementAdd): CommandOutcome {
  const metric = findElement(context.index, command.metric, ['metric']);
  if ('problem' in metric) return refuse(context, ['metric'], metric.problem);
  const parsed = parseWith(context, Measurement, command.measurement, ['measurement']);
  if (!parsed.ok) return parsed;
  const measurement = parsed.value;
  const journey = updateIn(context.journey, [...metric.path, 'measurements'], (list) => {
    const measurements = Array.isArray(list) ? (list as Measurement[]) : [];
    const after = measurements.findLastIndex((m) => m.date <= measurement.date);
    return [...measurements.slice(0, after + 1), measurement, ...measurements.slice(after + 1)];
  }) as Journey;
  return { ok: true, journey };
}
