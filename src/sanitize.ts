/**
 * Ready configurations for the two HTML sanitizers CMSs use most, so that a
 * site that cleans its authors' HTML keeps our elements instead of silently
 * dropping them: DOMPurify removes unknown tags by default (and with
 * `ADD_TAGS` still drops `battle`, `treaty`, `year`…), sanitize-html removes
 * everything it does not list, the iframe embed included.
 *
 * Plain data, no import of either library: the configs cost nothing to a
 * page that does not use them, and work with any version that reads them.
 * tests/sanitize keeps the lists equal to custom-elements.json.
 */

/** Our tags and the attributes each takes (custom-elements.json, plus `no-download`). */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'cs-timeline': ['from', 'to', 'categories', 'selected', 'orientation', 'deep-link'],
  'casualty-chart': ['battle', 'chart', 'show-table'],
  'treaty-card': ['treaty', 'compact'],
  'cs-map': ['year', 'selected'],
};

/** What every element takes besides its own attributes (`style` carries the `--cs-*` theming properties). */
export const COMMON_ATTRIBUTES: readonly string[] = ['lang', 'theme', 'src', 'no-download', 'id', 'class', 'style', 'title'];

/** The attributes of the iframe embed snippet (embed.html). */
export const EMBED_IFRAME_ATTRIBUTES: readonly string[] = ['src', 'title', 'style', 'width', 'height', 'loading', 'allow', 'referrerpolicy'];

const TAGS = Object.keys(ELEMENT_ATTRIBUTES);
const OWN = [...new Set(Object.values(ELEMENT_ATTRIBUTES).flat().concat(COMMON_ATTRIBUTES))];
const anyOf = (names: readonly string[]) => new RegExp(`^(?:${names.map((name) => name.replace(/-/g, '\\-')).join('|')})$`);

/**
 * `DOMPurify.sanitize(html, DOMPURIFY_CONFIG)`: our four tags and their
 * attributes through DOMPurify's custom-element handling; any other custom
 * element stays removed. Scripts stay removed too: load the elements' module
 * script from the page template, not from authors' HTML.
 */
export const DOMPURIFY_CONFIG = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: anyOf(TAGS),
    attributeNameCheck: anyOf(OWN),
    allowCustomizedBuiltInElements: false,
  },
};

/**
 * DOMPURIFY_CONFIG plus the iframe snippet (`<iframe src=".../embed.html?...">`).
 * DOMPurify still checks the iframe's `src` against its URI allowlist.
 */
export const DOMPURIFY_EMBED_CONFIG = {
  ...DOMPURIFY_CONFIG,
  ADD_TAGS: ['iframe'],
  ADD_ATTR: [...EMBED_IFRAME_ATTRIBUTES],
};

/**
 * The allowlist to merge into sanitize-html's options:
 * `sanitizeHtml(html, { ...sanitizeHtml.defaults, allowedTags: [...sanitizeHtml.defaults.allowedTags,
 * ...SANITIZE_HTML_OPTIONS.allowedTags], allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes,
 * ...SANITIZE_HTML_OPTIONS.allowedAttributes } })`, or `SANITIZE_HTML_OPTIONS` alone for our tags only.
 */
export const SANITIZE_HTML_OPTIONS = {
  allowedTags: [...TAGS],
  allowedAttributes: Object.fromEntries(TAGS.map((tag) => [tag, [...ELEMENT_ATTRIBUTES[tag], ...COMMON_ATTRIBUTES]])),
  // Boolean attributes (`compact`, `show-table`, `deep-link`, `no-download`) have no value to keep.
  nonBooleanAttributes: [],
};

/**
 * SANITIZE_HTML_OPTIONS plus the iframe snippet. Set `allowedIframeHostnames`
 * to the hosts of your embed.html when it is on another host; relative
 * `src` URLs pass as they are.
 */
export const SANITIZE_HTML_EMBED_OPTIONS = {
  ...SANITIZE_HTML_OPTIONS,
  allowedTags: [...SANITIZE_HTML_OPTIONS.allowedTags, 'iframe'],
  allowedAttributes: { ...SANITIZE_HTML_OPTIONS.allowedAttributes, iframe: [...EMBED_IFRAME_ATTRIBUTES] },
  allowedStyles: { iframe: { width: [/^[\d.]+(?:px|%|em|rem|vw)?$/], height: [/^[\d.]+(?:px|%|em|rem|vh)?$/], border: [/^[\w\s#.()%,-]+$/] } },
};
