import type { ApplicationDocument } from '@satupintu/core';
import { pageSettings } from '../client/config.js';
import { ApiError, errorFromResponse, networkError } from '../client/errors.js';

/** Options of {@link uploadDocument}. */
export interface UploadOptions {
  /** Called with the percentage sent (0–100) as the browser reports upload progress. */
  readonly onProgress?: (percent: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Sends one file as `PUT {url}` (the raw bytes, `Content-Type` = the file's type, `X-File-Name` = its name,
 * percent-encoded so any name is a valid header) with XMLHttpRequest, whose upload events give real progress —
 * `fetch` has none for request bodies. Credentials, `X-CSRF-Token` and the bearer token travel as with the
 * `ApiClient`. Resolves with the server's document record `{ key, fileName, mediaType, size, sha256 }`; rejects with
 * an {@link ApiError} (status 0 when nothing answered, so the caller may retry).
 */
export function uploadDocument(url: string, file: File, options: UploadOptions = {}): Promise<ApplicationDocument> {
  const settings = pageSettings();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (settings.csrfToken) xhr.setRequestHeader('X-CSRF-Token', settings.csrfToken);
    if (settings.token) xhr.setRequestHeader('Authorization', `Bearer ${settings.token}`);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(100, (event.loaded / event.total) * 100));
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          options.onProgress?.(100);
          resolve(JSON.parse(xhr.responseText) as ApplicationDocument);
        } catch {
          reject(new ApiError(xhr.status, { code: 'upload.bad-answer', message: { id: 'Jawaban server tidak dapat dibaca.', en: 'The server’s answer could not be read.' } }));
        }
        return;
      }
      const headers = { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'text/plain' };
      void errorFromResponse(new Response(xhr.responseText, { status: xhr.status, headers })).then(reject);
    });
    xhr.addEventListener('error', () => reject(networkError()));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload aborted', 'AbortError')));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
