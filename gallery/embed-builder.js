// The embed builder of the gallery: pick an element, its attributes, language
// and theme; see it live; copy a script snippet or an iframe snippet.
// Attributes and their values come from custom-elements.json.

const COMMON = new Set(['lang', 'theme', 'src']);

/** Attributes of one tag from the manifest: [{ name, values?: string[], boolean, description }]. */
export function attributesOf(manifest, tag) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName !== tag) continue;
      return (declaration.attributes ?? [])
        .filter((attribute) => !COMMON.has(attribute.name))
        .map((attribute) => {
          const type = attribute.type?.text ?? '';
          const values = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
          return { name: attribute.name, values: values.length ? values : undefined, boolean: type === 'boolean', description: attribute.description ?? '' };
        });
    }
  }
  return [];
}

export function tagsOf(manifest) {
  return (manifest.modules ?? []).flatMap((module) => (module.declarations ?? []).map((d) => d.tagName).filter(Boolean));
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="b" flag>` for the chosen settings (empty values left out). */
export function scriptSnippet(tag, settings, scriptUrl) {
  const attributes = Object.entries(settings)
    .filter(([, value]) => value !== '' && value !== false && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script type="module" src="${scriptUrl}"></script>\n<${tag}${attributes}></${tag}>`;
}

export function iframeSnippet(tag, settings, embedUrl, hostScriptUrl) {
  const query = new URLSearchParams({ el: tag });
  for (const [name, value] of Object.entries(settings)) {
    if (value === true) query.set(name, '');
    else if (value !== '' && value !== false && value !== undefined) query.set(name, value);
  }
  const title = `${tag} (cs-history-elements)`;
  return `<iframe src="${escapeAttribute(`${embedUrl}?${query}`)}" title="${title}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>\n<script type="module" src="${hostScriptUrl}"></script>`;
}

/** Builds the form, the live preview and the snippets inside `root`. */
export function createEmbedBuilder(root, { manifest, scriptUrl, embedUrl, hostScriptUrl }) {
  const doc = root.ownerDocument;
  const tags = tagsOf(manifest);
  root.innerHTML = `
    <form class="builder-form">
      <label>Element <select name="tag">${tags.map((tag) => `<option>${tag}</option>`).join('')}</select></label>
      <label>Language <select name="lang"><option value="">page language</option><option value="en">English</option><option value="cs">čeština</option><option value="sk">slovenčina</option></select></label>
      <label>Theme <select name="theme"><option value="">auto</option><option value="light">light</option><option value="dark">dark</option></select></label>
      <fieldset class="attributes"><legend>Attributes</legend></fieldset>
    </form>
    <section class="preview" aria-label="Live preview"></section>
    <label>Script snippet <textarea readonly rows="3" name="script-snippet"></textarea></label>
    <button type="button" data-copy="script-snippet">Copy script snippet</button>
    <label>Iframe snippet (for sites that strip scripts) <textarea readonly rows="3" name="iframe-snippet"></textarea></label>
    <button type="button" data-copy="iframe-snippet">Copy iframe snippet</button>
    <p class="copied" role="status"></p>`;
  const form = root.querySelector('form');
  const fieldset = root.querySelector('.attributes');
  const preview = root.querySelector('.preview');

  const renderFields = () => {
    const tag = form.tag.value;
    fieldset.replaceChildren(
      doc.createRange().createContextualFragment(`<legend>Attributes of &lt;${tag}&gt;</legend>`),
      ...attributesOf(manifest, tag).map((attribute) => {
        const label = doc.createElement('label');
        label.title = attribute.description;
        label.append(`${attribute.name} `);
        let input;
        if (attribute.boolean) {
          input = doc.createElement('input');
          input.type = 'checkbox';
        } else if (attribute.values) {
          input = doc.createElement('select');
          input.append(new Option('(default)', ''), ...attribute.values.map((value) => new Option(value, value)));
        } else {
          input = doc.createElement('input');
          input.type = 'text';
        }
        input.name = `attr-${attribute.name}`;
        label.append(input);
        return label;
      }),
    );
  };

  const settings = () => {
    const result = {};
    for (const element of form.elements) {
      if (!element.name?.startsWith('attr-')) continue;
      result[element.name.slice(5)] = element.type === 'checkbox' ? element.checked : element.value.trim();
    }
    if (form.lang.value) result.lang = form.lang.value;
    if (form.theme.value) result.theme = form.theme.value;
    return result;
  };

  const update = () => {
    const tag = form.tag.value;
    const chosen = settings();
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(chosen)) {
      if (value === true) element.setAttribute(name, '');
      else if (value !== false && value !== '') element.setAttribute(name, value);
    }
    preview.replaceChildren(element);
    root.querySelector('[name="script-snippet"]').value = scriptSnippet(tag, chosen, scriptUrl);
    root.querySelector('[name="iframe-snippet"]').value = iframeSnippet(tag, chosen, embedUrl, hostScriptUrl);
  };

  form.tag.addEventListener('change', () => {
    renderFields();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  root.addEventListener('click', async (event) => {
    const name = event.target.closest?.('[data-copy]')?.dataset.copy;
    if (!name) return;
    const area = root.querySelector(`[name="${name}"]`);
    const status = root.querySelector('.copied');
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = 'Copied.';
    } catch {
      area.select();
      status.textContent = 'Press Ctrl+C (⌘C) to copy the selected snippet.';
    }
  });
  renderFields();
  update();
  return { update, settings };
}
