import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientAddressHeader } from './createAuth.js';

/** A Fastify request's headers as Web `Headers`, with the client address set by the server. */
export function toWebHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === clientAddressHeader) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  headers.set(clientAddressHeader, request.ip);
  return headers;
}

/** A Fastify request as a Web `Request`, for better-auth's handler. */
export function toWebRequest(request: FastifyRequest, publicUrl: string): Request {
  const url = new URL(request.url, publicUrl);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  return new Request(url, {
    method: request.method,
    headers: toWebHeaders(request),
    ...(hasBody
      ? { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }
      : {}),
  });
}

/** Sends a Web `Response` through Fastify, keeping every Set-Cookie header. */
export async function sendWebResponse(reply: FastifyReply, response: Response): Promise<void> {
  void reply.status(response.status);
  for (const [name, value] of response.headers) if (name !== 'set-cookie') void reply.header(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) void reply.header('set-cookie', cookies);
  await reply.send(response.body === null ? null : Buffer.from(await response.arrayBuffer()));
}
