import { printable } from '../util/printable.js';
import { type ChangedElement, type ChangeKind, changedElements, type JourneyDiff } from './journeyChange.js';

const headings: Record<ChangedElement, string> = {
  journey: 'Journey',
  persona: 'Personas',
  stage: 'Stages',
  step: 'Steps',
  touchpoint: 'Touchpoints',
  emotion: 'Emotions',
  path: 'Paths',
  insight: 'Insights',
  painPoint: 'Pain points',
  gain: 'Gains',
  opportunity: 'Opportunities',
  action: 'Actions',
  metric: 'Metrics',
};

const marks: Record<ChangeKind, string> = { added: '+', removed: '-', moved: '>', changed: '~' };

/**
 * The text output of `waymark diff`: a count line, then the changes grouped by element kind,
 * one per line, marked `+` added, `-` removed, `>` moved, `~` changed. `No differences.` when
 * there are none. User text is made terminal-safe. No trailing newline.
 *
 * ```
 * 3 changes: 1 added, 0 removed, 1 moved, 1 changed
 *
 * Steps
 *   + Step "Reads reviews" added to Consideration
 *   > Step "Compares prices" moved from Consideration to Purchase
 *
 * Emotions
 *   ~ Emotion of Budget shopper at "Checkout" changed from -1 to +1 (better)
 * ```
 */
export function formatDiff(diff: JourneyDiff): string {
  if (diff.changes.length === 0) return 'No differences.';
  const total = diff.changes.length;
  const { added, removed, moved, changed } = diff.counts;
  const lines = [
    `${total} change${total === 1 ? '' : 's'}: ${added} added, ${removed} removed, ${moved} moved, ${changed} changed`,
  ];
  for (const element of changedElements) {
    const changes = diff.changes.filter((change) => change.element === element);
    if (changes.length === 0) continue;
    lines.push('', headings[element]);
    for (const change of changes) lines.push(`  ${marks[change.kind]} ${printable(change.summary)}`);
  }
  return lines.join('\n');
}
