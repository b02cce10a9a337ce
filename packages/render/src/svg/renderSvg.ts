import type { Journey } from '@waymark/core';
import { layoutJourney } from '../layout/layoutJourney.js';
import type { RenderOptions } from '../options.js';
import { writeSvg } from './writeSvg.js';

/** The journey map as an SVG document (a string), the same for the same input. */
export function renderSvg(journey: Journey, options: RenderOptions = {}): string {
  const layout = layoutJourney(journey, options);
  return writeSvg(layout.scene, layout);
}
