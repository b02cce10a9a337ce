// Render benchmark: the 1,000-touchpoint map (10 stages × 10 steps × 10 touchpoints, 3 personas,
// every lane) laid out and written as SVG, drawn as PNG (resvg) and as PDF (pdfkit).
// Peak memory is reported per section by run.mjs (this section runs in its own process).
import { layoutJourney, renderSvg } from '@waymark/render';
import { renderPdf, renderPng } from '@waymark/render/node';
import { bigJourney } from './bigJourney.mjs';
import { measure } from './stats.mjs';

export async function run() {
  const journey = bigJourney();
  const layout = layoutJourney(journey);
  const png = await renderPng(journey);
  const pdf = await renderPdf(journey);
  const size = `${layout.width}×${layout.height} px, SVG ${Math.round(renderSvg(journey).length / 1024)} KB, PNG ${Math.round(png.length / 1024)} KB, PDF ${Math.round(pdf.length / 1024)} KB`;
  return [
    {
      ...(await measure(`layout + SVG (${size})`, () => renderSvg(journey))),
      target: '< 100 ms',
      targetMs: 100,
    },
    {
      ...(await measure('PNG (resvg, scale 1)', () => renderPng(journey), { runs: 5, warmup: 1 })),
      target: '< 1.5 s',
      targetMs: 1500,
    },
    {
      ...(await measure('PDF (pdfkit, fonts embedded)', () => renderPdf(journey), { runs: 5, warmup: 1 })),
      target: '< 1 s',
      targetMs: 1000,
    },
  ];
}
