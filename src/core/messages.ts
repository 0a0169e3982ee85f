/** Sentences shared by every element, in the active element's language. */
import { formatNumber } from './format.js';
import { listFormat } from './intl.js';
import { activeLocale, msg, str } from './localize.js';
import type { DataError, ValidatorIssue } from './data-loader.js';

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

function describeIssue(issue: ValidatorIssue): string {
  const params = issue.params;
  switch (issue.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return msg(str`the required field “${field}” is missing`, { id: 'issue.required' });
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return msg(str`the field “${field}” is not allowed here`, { id: 'issue.additional' });
    }
    case 'type': {
      const type = String(params.type);
      return msg(str`it must be of type ${type}`, { id: 'issue.type' });
    }
    case 'enum': {
      const valid = list((params.allowedValues as unknown[]).map(String));
      return msg(str`it must be ${valid}`, { id: 'issue.enum' });
    }
    case 'const': {
      const valid = list([String(params.allowedValue)]);
      return msg(str`it must be ${valid}`, { id: 'issue.enum' });
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      return msg(str`it does not have the expected form (${pattern})`, { id: 'issue.pattern' });
    }
    case 'minItems': {
      const limit = Number(params.limit);
      return msg(str`it needs at least ${limit} item(s)`, { id: 'issue.minItems' });
    }
    case 'minLength':
      return msg('it must not be empty', { id: 'issue.minLength' });
    default:
      return issue.message ?? issue.keyword;
  }
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
    case 'json': {
      const origin = originLabel(error.origin);
      const detail = error.detail;
      return msg(str`The data ${origin} is not valid JSON: ${detail}`, { id: 'error.json' });
    }
    case 'import': {
      const detail = error.detail;
      return msg(str`A file of the element could not be loaded: ${detail}`, {
        id: 'error.import',
      });
    }
    case 'schema': {
      const origin = originLabel(error.origin);
      const path = error.path;
      const issue = describeIssue(error.issue);
      return msg(str`The data ${origin} is not valid at ${path}: ${issue}.`, { id: 'error.schema' });
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
