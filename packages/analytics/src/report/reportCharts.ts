import type { AnalysisDocument } from '@waymark/core';
import { escapeXml } from '@waymark/render';

const fmt = (x: number, digits = 0) => x.toFixed(digits);

/** Horizontal bars: customers per stage, with conversion to the next. */
export function funnelChart(
  funnel: NonNullable<AnalysisDocument['funnel']>,
  names: ReadonlyMap<string, string>,
): string {
  const width = 720;
  const row = 34;
  const label = 200;
  const max = Math.max(1, ...funnel.stages.map((s) => s.customers));
  const bars = funnel.stages.map((stage, i) => {
    const w = ((width - label - 120) * stage.customers) / max;
    const y = i * row + 4;
    const conversion =
      stage.conversionToNext === null ? '' : ` → ${fmt(stage.conversionToNext * 100)}% go on`;
    return `<text x="0" y="${y + 17}" class="label">${escapeXml(names.get(stage.stage) ?? stage.stage)}</text>
<rect x="${label}" y="${y}" width="${fmt(Math.max(1, w), 1)}" height="24" rx="3" class="bar"/>
<text x="${fmt(label + w + 6, 1)}" y="${y + 17}" class="value">${stage.customers}${escapeXml(conversion)}</text>`;
  });
  const height = funnel.stages.length * row + 8;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Stage funnel">${bars.join('\n')}</svg>`;
}

/** The measured emotion curve over the steps (−2..+2), with the designed one dashed where the map has it. */
export function emotionChart(
  curve: NonNullable<AnalysisDocument['emotionCurve']>,
  steps: readonly { readonly id: string; readonly name: string }[],
  persona: string | null,
): string {
  const points = curve.filter((e) => e.persona === persona);
  const shown = steps.filter((s) => points.some((p) => p.step === s.id));
  if (shown.length === 0) return '';
  const width = Math.max(360, shown.length * 110);
  const height = 220;
  const x = (i: number) => 40 + (i * (width - 80)) / Math.max(1, shown.length - 1);
  const y = (score: number) => 20 + ((2 - score) / 4) * (height - 70);
  const line = (pick: (step: string) => number | null | undefined, cls: string) => {
    const coords = shown
      .map((s, i) => [i, pick(s.id)] as const)
      .filter((p): p is readonly [number, number] => typeof p[1] === 'number')
      .map(([i, score]) => `${fmt(x(i), 1)},${fmt(y(score), 1)}`);
    return coords.length > 1 ? `<polyline points="${coords.join(' ')}" class="${cls}" fill="none"/>` : '';
  };
  const measured = (step: string) => points.find((p) => p.step === step)?.score;
  const designed = (step: string) => points.find((p) => p.step === step)?.designed;
  const dots = shown.map((s, i) => {
    const score = measured(s.id) ?? 0;
    return `<circle cx="${fmt(x(i), 1)}" cy="${fmt(y(score), 1)}" r="4" class="${score < 0 ? 'low' : 'dot'}"><title>${escapeXml(s.name)}: ${fmt(score, 2)}</title></circle>
<text x="${fmt(x(i), 1)}" y="${height - 12}" text-anchor="middle" class="tick">${escapeXml(s.name.length > 18 ? `${s.name.slice(0, 17)}…` : s.name)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Measured emotion curve">
<line x1="30" x2="${width - 30}" y1="${y(0)}" y2="${y(0)}" class="axis"/>
${line(designed, 'designed')}${line(measured, 'measured')}${dots.join('\n')}</svg>`;
}
