/** `cs-select`: the reader selected a record (an event, a place); `detail.id` is its id, or null when cleared. */
export class CsSelectEvent extends CustomEvent<{ id: string | null }> {
  static readonly eventName = 'cs-select';
  constructor(id: string | null) {
    super(CsSelectEvent.eventName, { detail: { id }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cs-select': CsSelectEvent;
  }
}
