// The analysis as charts: render's SVG builders (the same the HTML report of `waymark analyze`
// draws), so the web app never draws a chart of its own.
import { type AnalysisDocument, allSteps, type Journey, scoreKinds } from '@waymark/core';
import { chartNames, emotionChart, funnelChart, sankeyChart, scoreChart } from '@waymark/render';
import { useMemo } from 'react';

/** One chart: render's SVG text. Safe to insert: render escapes every text from the journey and the data. */
function Chart({ title, svg }: { title: string; svg: string }) {
  if (svg === '') return null;
  return (
    <figure className="analytics-chart">
      <figcaption>{title}</figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways; focus lets the keyboard scroll it */}
      <div className="analytics-chart-svg" tabIndex={0}>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: render's chart SVG, all user text escaped by escapeXml */}
        <div dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
    </figure>
  );
}

/** The panel's inner width: charts are laid out for it (labels cut to fit), never shrunk. */
const chartWidth = 440;

export function AnalyticsCharts({ journey, analysis }: { journey: Journey; analysis: AnalysisDocument }) {
  const charts = useMemo(() => {
    const names = chartNames(journey);
    const order = [...names].map(([id, name]) => ({ id, name }));
    const steps = allSteps(journey).map(({ step }) => ({ id: step.id, name: step.name }));
    return [
      {
        title: `Stage funnel (${analysis.funnel?.mode ?? 'strict'})`,
        svg: analysis.funnel ? funnelChart(analysis.funnel, names, chartWidth) : '',
      },
      {
        title: `Top paths by ${analysis.paths?.level ?? 'stage'}`,
        svg: analysis.paths ? sankeyChart(analysis.paths, names, 4, chartWidth) : '',
      },
      ...scoreKinds.map((kind) => ({
        title: `${kind.toUpperCase()} along the journey`,
        svg: analysis.feedback ? scoreChart(analysis.feedback.scores, kind, order, chartWidth) : '',
      })),
      {
        title: 'Measured emotion curve (dashed: as designed)',
        svg: analysis.emotionCurve ? emotionChart(analysis.emotionCurve, steps, null, chartWidth) : '',
      },
    ];
  }, [journey, analysis]);
  return (
    <div className="analytics-charts">
      {charts.map((chart) => (
        <Chart key={chart.title} title={chart.title} svg={chart.svg} />
      ))}
    </div>
  );
}
