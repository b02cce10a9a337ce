import { pageSizes, themeNames } from '@waymark/render';
import { z } from 'zod';

export const ExportQuery = z.object({
  format: z
    .string()
    .describe('svg, png or pdf (a drawn map), or csv, md, mermaid, yaml, json, xlsx or ujm (the data)'),
  theme: z.enum(themeNames).optional().describe('images: colour theme (default light)'),
  page: z.enum(pageSizes).optional().describe('PDF and PNG: page size; auto fits the map (default)'),
  personas: z
    .string()
    .optional()
    .describe('images: draw the emotion curves of these persona ids only, comma-separated'),
  lanes: z
    .string()
    .optional()
    .describe('images: which lanes to show, in this order, comma-separated (default: all with content)'),
  scale: z.coerce
    .number()
    .gt(0)
    .max(8)
    .optional()
    .describe('PNG: pixels per map pixel, e.g. 2 for print (default 1)'),
});
