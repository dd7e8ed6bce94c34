import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../Logger.js';
import { renderErrorPage } from '../render/renderErrorPage.js';
import { HttpError } from './HttpError.js';

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, request, response, _next) => {
    let httpError: HttpError;
    const parserError = error as BodyParserError;
    if (error instanceof HttpError) {
      httpError = error;
    } else if (parserError.type === 'entity.too.large') {
      httpError = new HttpError('payload_too_large', 'request body is too large');
    } else if (parserError.type === 'entity.parse.failed') {
      httpError = new HttpError('bad_request', 'request body is not valid JSON');
    } else if (parserError.status === 400 || parserError.status === 415) {
      httpError = new HttpError('bad_request', error instanceof Error ? error.message : 'bad request');
    } else {
      log.error('request failed', { method: request.method, path: request.path, error });
      httpError = new HttpError('internal', 'internal error');
    }
    const { code, message, reason } = httpError;
    if (/^\/(s|versions)\//.test(request.path) && !/\/export\.\w+$/.test(request.path)) {
      response.status(httpError.status).type('html').send(renderErrorPage(httpError.status, message));
      return;
    }
    response.status(httpError.status).json({ error: reason ? { code, message, reason } : { code, message } });
  };
}
