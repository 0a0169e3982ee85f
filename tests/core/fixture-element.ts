// A minimal element on the shared core, so the core can be tested apart from
// any real element: it renders its items in its own language.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CsElement } from '../../src/core/base-element.js';
import { DataController, type DocumentReader, type Validator } from '../../src/core/data-loader.js';
import { schemaReader } from '../../src/data/user/schema-document.js';
import { define } from '../../src/core/define.js';
import { formatNumber } from '../../src/core/format.js';
import { msg } from '../../src/core/localize.js';
import type { ConfigProblem } from '../../src/core/messages.js';

export interface ItemsDocument {
  items: { id: string; n: number }[];
}

/** Reports issues the way ajv's compiled validators do. */
export const validateItems: Validator = Object.assign(
  (data: unknown): boolean => {
    const fail = (instancePath: string, keyword: string, params: Record<string, unknown>) => {
      validateItems.errors = [{ instancePath, keyword, params }];
      return false;
    };
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('', 'type', { type: 'object' });
    const items = (data as { items?: unknown }).items;
    if (!Array.isArray(items)) return fail('', 'required', { missingProperty: 'items' });
    for (const [index, item] of items.entries()) {
      if (typeof item?.id !== 'string') return fail(`/items/${index}`, 'required', { missingProperty: 'id' });
      if (typeof item.n !== 'number') return fail(`/items/${index}/n`, 'type', { type: 'number' });
    }
    validateItems.errors = null;
    return true;
  },
  { errors: null },
);

/** The reader of items documents, the way the real elements' readers are built (a schema validator inside). */
export const readItems: DocumentReader<ItemsDocument> = schemaReader<ItemsDocument>({ validate: validateItems, texts: [] }, 'items');

export class TestItems extends CsElement {
  /** `a` or `b`; anything else is a configuration error. */
  @property() mode = 'a';

  bundledLoads = 0;

  readonly data = new DataController<ItemsDocument>(this, {
    bundled: async (_locale) => {
      this.bundledLoads += 1;
      return { items: [{ id: 'bundled', n: 1234 }] };
    },
    reader: { load: async () => readItems },
  });

  protected override configProblem(): ConfigProblem | undefined {
    if (this.mode !== 'a' && this.mode !== 'b') return { attribute: 'mode', value: this.mode, valid: ['a', 'b'] };
    return super.configProblem();
  }

  override render() {
    return this.renderWith(
      this.data,
      (doc) => html`<p class="label">${msg('Sources', { id: 'sources.heading' })}</p>
        <ul>
          ${doc.items.map((item) => html`<li data-id=${item.id}>${formatNumber(item.n, this.locale)}</li>`)}
        </ul>`,
    );
  }
}
define('test-items', TestItems);

/** The same element with its reader behind a loader, as the real elements have it (a lazy chunk). */
export class TestItemsLazy extends TestItems {
  /** When the reader was asked for, and when it was handed over (performance.now()). */
  static validatorAsked?: number;
  static release?: () => void;

  override readonly data = new DataController<ItemsDocument>(this, {
    bundled: async () => ({ items: [{ id: 'bundled', n: 1 }] }),
    reader: {
      load: () => {
        TestItemsLazy.validatorAsked = performance.now();
        return new Promise((resolve) => (TestItemsLazy.release = () => resolve(readItems)));
      },
    },
  });
}
define('test-items-lazy', TestItemsLazy);

declare global {
  interface HTMLElementTagNameMap {
    'test-items': TestItems;
    'test-items-lazy': TestItemsLazy;
  }
}
