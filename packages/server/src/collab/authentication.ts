import type { IncomingHttpHeaders } from 'node:http';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { userForApiToken } from '../auth/apiTokens.js';
import type { Principal } from '../auth/authenticate.js';
import { clientAddressHeader } from '../auth/createAuth.js';
import { ApiError } from '../http/ApiError.js';
import type { ServerContext } from '../http/context.js';
import { requireJourneyHead } from '../journeys/journeyStore.js';
import { authorize } from '../policies/authorize.js';
import { roleAllows } from '../policies/roles.js';
import type { CollabContext } from './collabContext.js';
import { parseDocumentName } from './documentName.js';

/**
 * Who may open a live document: an API token (the provider's `token`) or the session cookie, of a
 * member of the document's workspace, for a journey that exists. Strangers are refused exactly
 * like the REST API refuses them (as if the workspace did not exist); viewers and commenters
 * connect read-only, so Hocuspocus refuses their document updates on the server.
 */
export function authentication(context: ServerContext): Extension {
  return {
    extensionName: 'waymark-authentication',
    async onAuthenticate(data: onAuthenticatePayload): Promise<CollabContext> {
      const address = parseDocumentName(data.documentName);
      if (address === undefined)
        throw new Error(`live documents are named <workspace>/<journey>; got ${data.documentName}`);
      const principal = await principalOf(
        context,
        data.token,
        data.requestHeaders,
        data.request.socket.remoteAddress,
      );
      if (principal === undefined) throw new Error('sign in, or pass an API token as the provider token');
      try {
        const access = await authorize(context.db, principal, address.workspace, 'read');
        await requireJourneyHead(context.db, access.workspace.id, address.journey);
        if (!roleAllows(access.role, 'edit')) data.connectionConfig.readOnly = true;
        return { access, address };
      } catch (error) {
        if (error instanceof ApiError) throw new Error(error.message);
        throw error;
      }
    },
  };
}

async function principalOf(
  context: ServerContext,
  token: string,
  headers: IncomingHttpHeaders,
  remoteAddress: string | undefined,
): Promise<Principal | undefined> {
  if (token !== '') {
    const user = await userForApiToken(context.db, token);
    if (user === undefined) throw new Error('the API token is unknown, revoked or expired; create a new one');
    return { userId: user.id, name: user.name, email: user.email, via: 'token' };
  }
  if (headers.cookie === undefined) return undefined;
  // A browser sends the cookie with a WebSocket opened by any site, so the socket must come from
  // Waymark's own pages (cross-site WebSocket hijacking); browsers always send Origin here.
  const allowed = new Set([
    new URL(context.config.publicUrl).origin,
    `http://${headers.host}`,
    `https://${headers.host}`,
  ]);
  if (headers.origin === undefined || !allowed.has(headers.origin))
    throw new Error('a cookie-authenticated live connection must come from Waymark’s own pages');
  const session = await context.auth.api.getSession({ headers: webHeaders(headers, remoteAddress) });
  if (session === null) return undefined;
  return { userId: session.user.id, name: session.user.name, email: session.user.email, via: 'session' };
}

function webHeaders(incoming: IncomingHttpHeaders, remoteAddress: string | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || name === clientAddressHeader) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  if (remoteAddress !== undefined) headers.set(clientAddressHeader, remoteAddress);
  return headers;
}
