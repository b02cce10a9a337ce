import { applyCommands, formatDiagnostic, JourneyCommand } from '@waymark/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeJourney } from '../../../commands/writeJourney.js';
import { ApiError } from '../../../http/ApiError.js';
import { checkedByCore } from '../../../http/checkedByCore.js';
import type { ServerContext } from '../../../http/context.js';
import { expectedRevision, sendRevision } from '../../../http/revision.js';
import { JourneySummary, presentJourney } from '../../../journeys/presentJourney.js';
import { requireRole } from '../../../policies/authorize.js';
import { JourneyParams } from '../journeys/schema.js';

const maxCommands = 1000;

const EditsBody = z.object({
  commands: z
    .array(JourneyCommand)
    .min(1)
    .max(maxCommands)
    .describe('applied in order, all or nothing (docs/commands.md)'),
});

/**
 * Fine-grained edits: core's commands (add, update, move, remove elements; set emotions; add
 * measurements) applied to the revision named in If-Match, so a client never resends the map.
 */
export async function editRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/workspaces/:workspace/journeys/:journey/commands',
    {
      schema: {
        tags: ['journeys'],
        summary: 'Edit a journey with commands (all or nothing); send If-Match',
        params: JourneyParams,
        body: EditsBody,
        response: {
          200: z.object({
            journey: JourneySummary,
            allocated: z
              .record(z.string(), z.string())
              .describe('ids given to added items that had none, by path'),
          }),
        },
      },
      validatorCompiler: checkedByCore,
    },
    async (request, reply) => {
      const access = requireRole(request, 'edit');
      const expected = expectedRevision(request);
      const body = request.body as unknown;
      const commands =
        typeof body === 'object' && body !== null && 'commands' in body && Array.isArray(body.commands)
          ? (body.commands as JourneyCommand[])
          : undefined;
      if (commands !== undefined && commands.length > maxCommands)
        throw ApiError.field(
          'commands',
          `expected at most ${maxCommands} commands`,
          `send at most ${maxCommands} commands at once; got ${commands.length}`,
        );
      if (commands === undefined || commands.length === 0)
        throw ApiError.field(
          'commands',
          'expected a non-empty list of commands',
          'send { "commands": [ … ] } with at least one command (docs/commands.md)',
        );
      let allocated: Readonly<Record<string, string>> = {};
      const row = await changeJourney(
        context,
        access,
        request.params.journey,
        expected,
        (current) => {
          const result = applyCommands(current, commands);
          if (!result.ok)
            throw ApiError.invalid(
              `the commands were not applied: ${result.errors.slice(0, 3).map(formatDiagnostic).join('; ')}`,
              result.errors,
            );
          allocated = result.allocated;
          return result.journey;
        },
        'journey.edit',
        { ops: commands.map(opOf) },
      );
      sendRevision(reply, row.revision);
      return { journey: presentJourney(row), allocated };
    },
  );
}

/** A command's op for the audit line; commands are only data until core has checked them. */
function opOf(command: unknown): string {
  return typeof command === 'object' && command !== null && 'op' in command ? String(command.op) : '?';
}
