import { CollectorError } from '@participe/core/client';
import type { ConsoleTranslate } from './strings.js';

/**
 * A refusal or failure in the interface language. The collector's own message is English and meant
 * for developers; its `code` is what the console words.
 */
export function describeError(error: unknown, t: ConsoleTranslate): string {
  if (!(error instanceof CollectorError)) return t('errorInternal');
  switch (error.code) {
    case 'network':
      return t('errorNetwork');
    case 'invalid_response':
      return t('errorInvalidResponse');
    case 'unauthorized':
      return t('sessionExpired');
    case 'forbidden':
      return t('errorForbidden');
    case 'not_found':
      return t('errorNotFound');
    case 'rate_limited':
      return t('errorRateLimited');
    case 'validation_failed':
    case 'bad_request':
      return error.status === 409 ? t('errorTaken') : error.issues.length ? t('errorValidation') : t('errorUnknown', { code: error.code });
    case 'idempotency_conflict':
      return t('errorIdempotency');
    case 'payload_too_large':
      return t('errorTooLarge');
    case 'initiative_not_open':
      return t('errorNotOpen');
    case 'initiative_closed':
      return t('errorClosed');
    case 'internal':
      return t('errorInternal');
    default:
      return t('errorUnknown', { code: error.code });
  }
}

/** The collector's field issues in a refused save (a 4xx naming fields), or none. */
export const refusalIssues = (error: unknown) => (error instanceof CollectorError ? error.issues : []);
