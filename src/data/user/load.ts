/**
 * How an element asks for its user-document reader: the reader and the
 * element's schema validator are two lazy chunks fetched in parallel, only
 * when a user document comes. This module is the one static piece (a few
 * bytes in the element's entry).
 */
import type { DocumentReader } from '../../core/data-loader.js';
import type { SchemaModule } from './schema-document.js';

export function userReader<T>(schema: Promise<SchemaModule>, list: string): Promise<DocumentReader<T>> {
  return Promise.all([import('./schema-document.js'), schema]).then(([reader, module]) => reader.schemaReader<T>(module, list));
}
