import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../http/context.js';
import { analysisRoutes } from './analytics/analysis.js';
import { datasetRoutes } from './analytics/datasets.js';
import { auditRoutes } from './audit/audit.js';
import { backupRoutes } from './backup/backup.js';
import { commentRoutes } from './comments/comments.js';
import { editRoutes } from './edits/edits.js';
import { exportRoutes } from './exports/exports.js';
import { importRoutes } from './imports/imports.js';
import { journeyRoutes } from './journeys/journeys.js';
import { lintRoutes } from './lint/lint.js';
import { meRoutes } from './me/me.js';
import { avatarRoutes } from './personas/avatars.js';
import { personaRoutes } from './personas/personas.js';
import { searchRoutes } from './search/search.js';
import { setupRoutes } from './setup/setup.js';
import { shareRoutes } from './shares/shares.js';
import { templateRoutes } from './templates/templates.js';
import { versionRoutes } from './versions/versions.js';
import { invitationRoutes } from './workspaces/invitations.js';
import { memberRoutes } from './workspaces/members.js';
import { workspaceRoutes } from './workspaces/workspaces.js';

/** Every resource of /api/v1, one folder each. */
export async function apiRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  await setupRoutes(api, context);
  await meRoutes(api, context);
  await workspaceRoutes(api, context);
  await memberRoutes(api, context);
  await invitationRoutes(api, context);
  await templateRoutes(api, context);
  await journeyRoutes(api, context);
  await backupRoutes(api, context);
  await versionRoutes(api, context);
  await auditRoutes(api, context);
  await commentRoutes(api, context);
  await shareRoutes(api, context);
  await editRoutes(api, context);
  await searchRoutes(api, context);
  await lintRoutes(api, context);
  await exportRoutes(api, context);
  await importRoutes(api, context);
  await personaRoutes(api, context);
  await datasetRoutes(api, context);
  await analysisRoutes(api, context);
  await avatarRoutes(api, context);
}
