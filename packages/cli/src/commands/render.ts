import type { Journey } from '@waymark/core';
import { type LaneId, laneIds, pageSizes, type RenderOptions, renderSvg, themeNames } from '@waymark/render';
import { type Command, Option } from 'commander';
import { usageError } from '../CliError.js';
import type { CommandContext, CommandHost } from '../commandContext.js';
import { ExitCode } from '../exitCodes.js';
import { loadJourney } from '../loadJourney.js';
import { readAnalysisFile } from '../readAnalysisFile.js';
import { suggestion } from '../suggest.js';
import { extensionOf, STDOUT, writeOutput } from '../writeOutput.js';

const outputFormats: Record<string, 'svg' | 'png' | 'pdf'> = { '.svg': 'svg', '.png': 'png', '.pdf': 'pdf' };

interface RenderCommandOptions {
  readonly output: string;
  readonly persona: readonly string[];
  readonly lanes?: string;
  readonly theme?: (typeof themeNames)[number];
  readonly page?: (typeof pageSizes)[number];
  readonly scale?: number;
  readonly analysis?: string;
}

const collect = (value: string, previous: readonly string[]): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
];

function parseScale(value: string): number {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw usageError(`--scale expects a number above 0 and at most 8, got '${value}'`);
  }
  return scale;
}

/** Checks the flags against the journey and the lane registry and builds the render options. */
export function renderOptions(journey: Journey, options: RenderCommandOptions): RenderOptions {
  const personaIds = journey.personas.map((persona) => persona.id);
  for (const id of options.persona) {
    if (!personaIds.includes(id))
      throw usageError(`--persona: this journey has no persona '${id}'${suggestion(id, personaIds)}`);
  }
  const known: readonly string[] = laneIds;
  const chosenLanes = options.lanes === undefined ? undefined : collect(options.lanes, []);
  for (const [index, id] of (chosenLanes ?? []).entries()) {
    if (!known.includes(id)) throw usageError(`--lanes: unknown lane '${id}'${suggestion(id, known)}`);
    if (chosenLanes?.indexOf(id) !== index) throw usageError(`--lanes: lane '${id}' is listed twice`);
  }
  return {
    ...(options.persona.length > 0 ? { personas: options.persona } : {}),
    ...(chosenLanes ? { lanes: chosenLanes as LaneId[] } : {}),
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.page ? { page: options.page } : {}),
  };
}

async function draw(
  context: CommandContext,
  format: 'svg' | 'png' | 'pdf',
  journey: Journey,
  options: RenderOptions,
  scale: number | undefined,
): Promise<string | Uint8Array> {
  if (format === 'svg') return renderSvg(journey, options);
  // The Node-only renderers (resvg, pdfkit, fonts) load only when a PNG or PDF is asked for.
  const node = await import('@waymark/render/node');
  if (format === 'png') return node.renderPng(journey, scale === undefined ? options : { ...options, scale });
  if (scale !== undefined)
    context.printError(context.err.yellow('note: --scale applies to PNG output only; ignored'));
  return node.renderPdf(journey, options);
}

/** `waymark render`: draws a journey map as SVG, PNG or PDF. */
export function registerRenderCommand(program: Command, host: CommandHost): void {
  program
    .command('render')
    .description('draw a journey map as SVG, PNG or PDF (the format follows the output extension)')
    .argument('<file>', 'the journey file')
    .requiredOption(
      '-o, --output <file>',
      'where to write: map.svg, map.png or map.pdf; "-" writes SVG to stdout',
    )
    .addOption(
      new Option('--persona <id>', 'draw the emotion curve of this persona only (repeatable, or a,b)')
        .argParser(collect)
        .default([], 'all personas'),
    )
    .option(
      '--lanes <ids>',
      'which lanes to show, in this order, comma-separated (default: all with content)',
    )
    .addOption(new Option('--theme <theme>', 'colour theme (default: light)').choices(themeNames))
    .addOption(
      new Option('--page <size>', 'page size for PDF and PNG; auto fits the map (default: auto)').choices(
        pageSizes,
      ),
    )
    .option('--scale <n>', 'PNG pixel scale, e.g. 2 for print (default: 1)', parseScale)
    .option(
      '--analysis <file>',
      'overlay what was measured: the report.json of waymark analyze (measured emotion curve, customers and drop-off per stage)',
    )
    .addHelpText(
      'after',
      `
Lanes: ${laneIds.join(', ')}

Examples:
  $ waymark render journey.yaml -o map.svg
  $ waymark render journey.yaml -o map.png --scale 2 --theme print
  $ waymark render journey.yaml -o map.pdf --page a3 --persona shopper
  $ waymark render journey.yaml --analysis report.json -o map.png
  $ waymark render journey.yaml -o - --lanes actions,touchpoints,emotions,painPoints > map.svg`,
    )
    .action(
      host.action(async (context, file: string, options: RenderCommandOptions) => {
        const format = options.output === STDOUT ? 'svg' : outputFormats[extensionOf(options.output)];
        if (format === undefined) {
          throw usageError(
            'cannot tell the output format; end the file name in .svg, .png or .pdf',
            options.output,
          );
        }
        const journey = await loadJourney(context, file);
        if (journey === undefined) return ExitCode.problems;
        const base = renderOptions(journey, options);
        const withAnalysis =
          options.analysis === undefined
            ? base
            : { ...base, analysis: await readAnalysisFile(options.analysis, context.io.cwd, journey) };
        const rendered = await draw(context, format, journey, withAnalysis, options.scale);
        await writeOutput(context, options.output, rendered);
        if (options.output !== STDOUT) context.printError(`Rendered ${file} to ${options.output}`);
        return ExitCode.ok;
      }),
    );
}
