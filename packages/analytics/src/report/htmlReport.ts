import type { AnalysisDocument, Journey } from '@waymark/core';
import { allSteps, scoreKinds } from '@waymark/core';
import {
  chartNames,
  emotionChart,
  escapeXml,
  funnelChart,
  renderSvg,
  sankeyChart,
  scoreChart,
} from '@waymark/render';

const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const secs = (s: number | null) =>
  s === null
    ? '—'
    : s < 3600
      ? `${(s / 60).toFixed(1)} min`
      : s < 172_800
        ? `${(s / 3600).toFixed(1)} h`
        : `${(s / 86_400).toFixed(1)} d`;

const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  rows.length === 0
    ? '<p class="none">Nothing to show.</p>'
    : `<table><thead><tr>${head.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

/** When the analysis ran, for people ("1 February 2024, 00:00 UTC"), with the exact instant kept in the markup. */
function generatedOn(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return escapeXml(iso);
  const shown = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(when);
  return `<time datetime="${escapeXml(iso)}">${escapeXml(shown)} UTC</time>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1d2433;padding:0 1rem}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #dde;padding-bottom:.3rem}
table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #dde;padding:.3rem .6rem;text-align:left;font-size:.92rem}
th{background:#f4f5fa}.map{overflow:auto;border:1px solid #dde;max-height:80vh}.map svg{display:block;width:100%;height:auto}
#actual-size:checked~.map svg{width:auto}.zoom{font-size:.9rem;color:#445}@media print{.zoom{display:none}.map{max-height:none;overflow:visible}}.none{color:#778}
.bar{fill:#0072b2}.label,.value,.tick{font-size:12px;fill:#1d2433}.axis{stroke:#aab}.measured{stroke:#0072b2;stroke-width:2.5}
.designed{stroke:#999;stroke-width:1.5;stroke-dasharray:5 4}.dot{fill:#0072b2}.low{fill:#d55e00}.flow{stroke-opacity:.35}.whisker{stroke:#0072b2;stroke-width:1.5}blockquote{margin:.3rem 0 .3rem 1rem;color:#445}`;

/**
 * The analysis as one self-contained HTML page: the map (render's SVG), the funnel and the
 * measured emotion curve as SVG charts, and tables for the rest. Every text from the journey
 * or the data is escaped; nothing is loaded from elsewhere.
 */
export function htmlReport(document: AnalysisDocument, journey: Journey): string {
  const names = chartNames(journey);
  const steps = allSteps(journey).map(({ step }) => step);
  const named = (id: string | null) => (id === null ? '(all)' : (names.get(id) ?? id));
  const sections: string[] = [];
  const { events, feedback } = document.inputs;
  const inputs = [events, feedback].flatMap((i) =>
    i ? [[i.file, i.format, String(i.rowsTaken), String(i.rowsSkipped)]] : [],
  );
  sections.push(
    `<h2>Inputs</h2>${table(['file', 'format', 'rows taken', 'rows skipped'], inputs)}<p>${document.customers} customers with mapped events in scope.</p>`,
  );
  if (document.suggestions.length > 0)
    sections.push(
      `<h2>Suggested findings</h2>${document.suggestions
        .map(
          (s) =>
            `<p><strong>${escapeXml(s.kind === 'painPoint' ? 'Pain point' : 'Insight')}:</strong> ${escapeXml(s.title)}</p>${s.evidence.map((e) => `<blockquote>${escapeXml(e)}</blockquote>`).join('')}`,
        )
        .join('')}`,
    );
  if (document.funnel)
    sections.push(
      `<h2>Stage funnel (${document.funnel.mode})</h2>${funnelChart(document.funnel, names)}${table(
        ['stage', 'customers', 'of start', 'to next', 'drop-off', 'median to next', 'p90 to next'],
        document.funnel.stages.map((s) => [
          named(s.stage),
          String(s.customers),
          pct(s.shareOfStart),
          pct(s.conversionToNext),
          pct(s.dropOff),
          secs(s.medianSecondsToNext),
          secs(s.p90SecondsToNext),
        ]),
      )}`,
    );
  if (document.emotionCurve) {
    const everyone = emotionChart(document.emotionCurve, steps, null);
    const personas = journey.personas
      .map((p) => ({ p, chart: emotionChart(document.emotionCurve ?? [], steps, p.id) }))
      .filter((x) => x.chart !== '')
      .map((x) => `<h3>${escapeXml(x.p.name)}</h3>${x.chart}`);
    sections.push(
      `<h2>Measured emotion curve</h2><p>Solid: measured from scores and comments; dashed: as designed on the map.</p>${everyone}${personas.join('')}`,
    );
  }
  if (document.paths)
    sections.push(
      `<h2>Path variants (${document.paths.level})</h2>${sankeyChart(document.paths, names)}${table(
        ['path', 'customers', 'share'],
        document.paths.variants.map((v) => [
          v.sequence.map((id) => named(id)).join(' → '),
          String(v.customers),
          pct(v.share),
        ]),
      )}`,
    );
  if (document.dfg)
    sections.push(
      `<h2>Directly-follows graph (${document.dfg.level})</h2><p>${document.dfg.transitions} transitions; edges seen at least ${document.dfg.minCount} times.</p>${table(
        ['from', 'to', 'count', 'customers', 'median time'],
        document.dfg.edges
          .slice(0, 40)
          .map((e) => [
            named(e.from),
            named(e.to),
            String(e.count),
            String(e.customers),
            secs(e.medianSeconds),
          ]),
      )}`,
    );
  if (document.conformance) {
    const c = document.conformance;
    sections.push(
      `<h2>Conformance to the designed order</h2>${table(
        ['customers', 'conforming', 'in order', 'backtracks', 'loops'],
        [
          [
            String(c.customers),
            pct(c.conforming.share),
            pct(c.inOrder.share),
            pct(c.backtracks.share),
            pct(c.loops.share),
          ],
        ],
      )}<h3>Skipped steps</h3>${table(
        ['step', 'customers', 'share'],
        c.skipped.map((s) => [named(s.step), String(s.customers), pct(s.share)]),
      )}<h3>Most common deviations</h3>${table(
        ['from', 'to', 'kind', 'count'],
        c.deviations.map((d) => [named(d.from), named(d.to), d.kind, String(d.count)]),
      )}`,
    );
  }
  if (document.feedback) {
    const f = document.feedback;
    const order = [...names].map(([id, name]) => ({ id, name }));
    sections.push(
      `<h2>Feedback</h2>${scoreKinds.map((kind) => scoreChart(f.scores, kind, order)).join('')}${table(
        ['at', 'score', 'value', '95% interval', 'responses'],
        f.scores.map((s) => [
          named(s.at),
          s.kind.toUpperCase(),
          String(s.value),
          `${s.ciLow} – ${s.ciHigh}`,
          String(s.responses),
        ]),
      )}<h3>Sentiment of comments</h3>${table(
        ['at', 'comments', 'mean sentiment', 'negative'],
        f.sentiment.map((s) => [named(s.at), String(s.comments), String(s.mean), pct(s.negativeShare)]),
      )}<h3>Themes of negative comments</h3>${
        f.themes
          .map(
            (t) =>
              `<p><strong>${escapeXml(t.phrase)}</strong> — ${t.comments} comments${t.at.length > 0 ? ` at ${escapeXml(t.at.map((id) => named(id)).join(', '))}` : ''}</p>${t.quotes.map((q) => `<blockquote>“${escapeXml(q)}”</blockquote>`).join('')}`,
          )
          .join('') || '<p class="none">No recurring themes.</p>'
      }`,
    );
  }
  if (document.comparison) {
    const c = document.comparison;
    sections.push(
      `<h2>Comparison: ${escapeXml(`${c.before.from}…${c.before.to}`)} vs ${escapeXml(`${c.after.from}…${c.after.to}`)}</h2>${table(
        ['stage', 'before', 'after', 'difference', 'z', 'p', "Cohen's h"],
        c.conversion.map((r) => [
          named(r.stage),
          `${r.before.converted}/${r.before.customers}`,
          `${r.after.converted}/${r.after.customers}`,
          pct(r.difference),
          r.z?.toFixed(2) ?? '—',
          r.pValue?.toFixed(4) ?? '—',
          r.cohensH?.toFixed(3) ?? '—',
        ]),
      )}${table(
        ['at', 'score', 'median before', 'median after', 'U', 'p', 'rank-biserial'],
        c.scores.map((r) => [
          named(r.at),
          r.kind.toUpperCase(),
          String(r.before.median ?? '—'),
          String(r.after.median ?? '—'),
          String(r.u ?? '—'),
          r.pValue?.toFixed(4) ?? '—',
          r.rankBiserial?.toFixed(3) ?? '—',
        ]),
      )}`,
    );
  }
  if (document.unmatchedEvents)
    sections.push(
      `<h2>Events that match no signal</h2><p>${document.unmatchedEvents.events} events.</p>${table(
        ['event', 'channel', 'count'],
        document.unmatchedEvents.names.map((n) => [n.event, n.channel ?? '', String(n.count)]),
      )}`,
    );
  const scope = [
    document.scope.from && `from ${document.scope.from}`,
    document.scope.to && `to ${document.scope.to}`,
    document.scope.persona && `persona ${document.scope.persona}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(journey.title)} — journey analytics</title><style>${STYLE}</style></head>
<body><h1>${escapeXml(journey.title)}</h1><p>Journey analytics, ${generatedOn(document.generatedAt)}${scope ? ` (${escapeXml(scope)})` : ''}.</p>
<h2>The map</h2><input type="checkbox" id="actual-size" class="zoom"> <label for="actual-size" class="zoom">Actual size (scroll to see it all); unticked, the whole map fits the page width</label><div class="map">${renderSvg(journey, { analysis: document })}</div>
${sections.join('\n')}
</body></html>
`;
}
