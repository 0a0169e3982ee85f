/** Sentences shared by every element, in the active element's language. */
import { formatNumber } from './format.js';
import { listFormat } from './intl.js';
import { activeLocale, msg, str } from './localize.js';
import type { DataError } from './data-loader.js';

/** An attribute whose value the element cannot use. */
export interface ConfigProblem {
  attribute: string;
  value: string;
  /** The valid values, or a description of them. */
  valid: readonly string[] | string;
}

function list(values: readonly string[] | string): string {
  if (typeof values === 'string') return values;
  const [open, close] = activeLocale() === 'en' ? ['“', '”'] : ['„', '“'];
  const quoted = values.map((value) => `${open}${value}${close}`);
  return listFormat(activeLocale(), 'disjunction').format(quoted);
}

export function describeConfigProblem(problem: ConfigProblem): string {
  const { attribute, value } = problem;
  const valid = list(problem.valid);
  return msg(str`The ${attribute} attribute has the invalid value “${value}”. Use ${valid}.`, {
    id: 'error.attribute',
  });
}

export function describeDataError(error: DataError): string {
  switch (error.kind) {
    case 'http': {
      const { url, status } = error;
      return msg(str`The data at ${url} could not be loaded (HTTP ${status}).`, { id: 'error.http' });
    }
    case 'network': {
      const { url } = error;
      return msg(str`The data at ${url} could not be loaded: the network request failed.`, {
        id: 'error.network',
      });
    }
    case 'timeout': {
      const { url, seconds } = error;
      return msg(str`The data at ${url} did not arrive within ${seconds} seconds.`, { id: 'error.timeout' });
    }
    case 'too-large': {
      const origin = originLabel(error.origin);
      const limit = formatNumber(error.limitMB, activeLocale());
      return msg(str`The data ${origin} is larger than the limit of ${limit} MB.`, { id: 'error.tooLarge' });
    }
    case 'import': {
      const detail = error.detail;
      return msg(str`A file of the element could not be loaded: ${detail}`, {
        id: 'error.import',
      });
    }
    case 'problems':
      return [error.heading, ...error.problems.map(({ path, detail }) => `${path}: ${detail}`)].join('\n');
    case 'invalid': {
      const origin = originLabel(error.origin);
      const { path, detail } = error;
      return msg(str`The data ${origin} is not valid at ${path}: ${detail}`, { id: 'error.invalid' });
    }
  }
}

function originLabel(origin: string): string {
  if (origin === 'inline') {
    const tag = '<script type="application/json">';
    return msg(str`in the inline ${tag}`, { id: 'origin.inline' });
  }
  if (origin === 'bundled') return msg('bundled with the element', { id: 'origin.bundled' });
  return msg(str`from ${origin}`, { id: 'origin.url' });
}
