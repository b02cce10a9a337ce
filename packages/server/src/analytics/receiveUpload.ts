import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ApiError } from '../http/ApiError.js';

/** The 413 an upload over the limit gets. */
function tooLarge(limit: number): ApiError {
  return new ApiError(
    413,
    'too-large',
    `the upload is larger than ${limit} bytes, the most this server takes (WAYMARK_ANALYTICS_MAX_UPLOAD_BYTES)`,
    { limit },
  );
}

/**
 * Streams a request body to `path`, never holding it in memory, and returns its size. Beyond
 * `limit` bytes (said up front by Content-Length, or counted as it arrives) the partial file is
 * removed and a 413 thrown; the rest of the body is read and dropped, so the client gets the
 * answer instead of a reset connection.
 */
export async function receiveUpload(
  body: Readable,
  declaredLength: number | undefined,
  path: string,
  limit: number,
): Promise<number> {
  if (declaredLength !== undefined && declaredLength > limit) {
    body.resume();
    throw tooLarge(limit);
  }
  const file = createWriteStream(path, { flags: 'wx' });
  let bytes = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        body.off('data', onData);
        body.resume();
        reject(error);
      };
      const onData = (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > limit) return fail(tooLarge(limit));
        if (!file.write(chunk)) {
          body.pause();
          file.once('drain', () => body.resume());
        }
      };
      body.on('data', onData);
      body.once('end', () => {
        if (settled) return;
        settled = true;
        file.end(() => resolve());
      });
      body.once('error', fail);
      // A client that goes away mid-upload: no 'end' will come.
      body.once('close', () =>
        fail(new ApiError(400, 'upload-cut-off', 'the upload was cut off before its end')),
      );
      file.on('error', fail);
    });
    return bytes;
  } catch (error) {
    file.destroy();
    await rm(path, { force: true });
    throw error;
  }
}
