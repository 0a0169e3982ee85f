// Script-injection payloads. Each one, if it were ever parsed as HTML or run as
// code, would set the global canary `window.__pwned` or leave an element or an
// attribute marked `data-pwn` in the DOM.

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

export const PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1" data-pwn>',
  '<script data-pwn>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1//',
  '"><svg data-pwn onload="window.__pwned=1">',
  "'><svg/onload=window.__pwned=1 data-pwn>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  '<a href="javascript:window.__pwned=1" data-pwn>link</a>',
  '<iframe data-pwn srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '</script><script data-pwn>window.__pwned=1</script>',
  '<style data-pwn>*{display:none!important}</style>',
  '<!-- <b data-pwn>comment</b> -->',
  '&lt;b data-pwn&gt;entity&lt;/b&gt; &amp; &#60;i&#62;',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1 data-pwn>',
  '<details open ontoggle="window.__pwned=1" data-pwn>x</details>',
  '<input autofocus onfocus="window.__pwned=1" data-pwn>',
  'data:text/html,<script>window.__pwned=1</script>',
  '<x-pwn data-pwn></x-pwn>',
  '\u202e<b data-pwn>rtl</b>\u202c',
];

/** A payload with an index, so each field can be told apart. */
export const tagged = (payload: string, index: number) => `${payload} #${index}`;
