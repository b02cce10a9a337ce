import { z } from 'zod';

export const ImportQuery = z.object({
  format: z.string().describe('the format of the body: mermaid, csv, xlsx, md, ujm, yaml or json'),
  id: z
    .string()
    .optional()
    .describe('the new journey’s id (default: the one the file gives or its title’s slug)'),
  title: z.string().trim().min(1).max(500).optional().describe('the new journey’s title, over the file’s'),
});
