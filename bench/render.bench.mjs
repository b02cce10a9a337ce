// Render benchmark: the 1,000-touchpoint map (10 stages × 10 steps × 10 touchpoints, 3 personas,
// every lane) laid out and written as SVG, drawn as PNG (resvg) and as PDF (pdfkit). Each output
// is its own section, so run.mjs reports the peak memory of each in its own process.
import { layoutJourney, renderSvg } from '@waymark/render';
import { renderPdf, renderPng } from '@waymark/render/node';
import { bigJourney } from './bigJourney.mjs';
import { measure } from './stats.mjs';

export async function runSvg() {
  const journey = bigJourney();
  const layout = layoutJourney(journey);
  const kb = Math.round(renderSvg(journey).length / 1024);
  return [
    {
      ...(await measure(`layout + SVG (${layout.width}×${layout.height} px, ${kb} KB)`, () =>
        renderSvg(journey),
      )),
      target: '< 100 ms',
      targetMs: 100,
    },
  ];
}

export async function runPng() {
  const journey = bigJourney();
  const kb = Math.round((await renderPng(journey)).length / 1024);
  return [
    {
      ...(await measure(`PNG (resvg, scale 1, ${kb} KB)`, () => renderPng(journey), { runs: 5, warmup: 1 })),
      target: '< 1.5 s',
      targetMs: 1500,
    },
  ];
}

export async function runPdf() {
  const journey = bigJourney();
  const kb = Math.round((await renderPdf(journey)).length / 1024);
  return [
    {
      ...(await measure(`PDF (pdfkit, fonts embedded, ${kb} KB)`, () => renderPdf(journey), {
        runs: 5,
        warmup: 1,
      })),
      target: '< 1 s',
      targetMs: 1000,
    },
  ];
}
