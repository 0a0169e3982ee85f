// The embed builder of the gallery: pick an element, its attributes, language
// and theme; see it live; copy a script snippet or an iframe snippet. Or paste
// your own CSV or JSON ("Your data") and see it drawn with its errors.
// Attributes come from custom-elements.json; the ones whose values are a fixed
// list the manifest cannot spell (its types say `string`) are listed here, so
// that every choice the form offers is valid. Free-text values (from, to) are
// checked by the element itself: its own error sentence is shown beside them.

const COMMON = new Set(['lang', 'theme', 'src']);

/** Fixed lists the manifest's types do not spell, and the value to start from ('' = the element's default). */
export const CHOICES = {
  'treaty-card': {
    treaty: { values: ['mutual-assistance-1935', 'joint-action-1941', 'friendship-1943', 'liberated-territory-1944', 'ruthenia-1945'], initial: 'friendship-1943' },
  },
  'casualty-chart': {
    battle: { values: ['sokolovo', 'kiev', 'dukla', 'all'], initial: '' },
    chart: { values: ['bar', 'waffle'], initial: '' },
  },
  'cs-timeline': {
    categories: { values: ['diplomacy', 'military', 'politics', 'repression'], multiple: true },
  },
  'cs-map': {
    year: { values: ['1942', '1943', '1944', '1945'], initial: '' },
  },
};

/** Where the user's copy of dist/ will be: the snippets say it, and the page says to replace it. */
export const PLACEHOLDER_HOST = 'https://YOUR-SITE.example/cs-history';

/** Attributes of one tag from the manifest: [{ name, values?: string[], boolean, description }]. */
export function attributesOf(manifest, tag) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName !== tag) continue;
      return (declaration.attributes ?? [])
        .filter((attribute) => !COMMON.has(attribute.name))
        .map((attribute) => {
          const type = attribute.type?.text ?? '';
          const listed = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
          const choice = CHOICES[tag]?.[attribute.name];
          const values = choice?.values ?? (listed.length ? listed : undefined);
          return { name: attribute.name, values, multiple: Boolean(choice?.multiple), initial: choice?.initial ?? '', boolean: type === 'boolean', description: attribute.description ?? '' };
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

/** `height`: the element's measured height in px (the embed page also posts its height as it changes). */
export function iframeSnippet(tag, settings, embedUrl, hostScriptUrl, height = 480) {
  const query = new URLSearchParams({ el: tag });
  for (const [name, value] of Object.entries(settings)) {
    if (value === true) query.set(name, '');
    else if (value !== '' && value !== false && value !== undefined) query.set(name, value);
  }
  const title = `${tag} (cs-history-elements)`;
  return `<iframe src="${escapeAttribute(`${embedUrl}?${query}`)}" title="${title}" style="width:100%;height:${Math.ceil(height)}px;border:0" loading="lazy"></iframe>\n<script type="module" src="${hostScriptUrl}"></script>`;
}

/** A snippet with the user's data inline (CSV or JSON, whichever they pasted). */
export function dataSnippet(text, settings, scriptUrl) {
  const trimmed = text.trim();
  const type = /^[[{]/.test(trimmed) ? 'application/json' : 'text/csv';
  // "</script" inside the data would end the script element early.
  const body = trimmed.replace(/<\/script/gi, '<\\/script');
  const attributes = Object.entries(settings)
    .filter(([, value]) => value !== '' && value !== false && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script type="module" src="${scriptUrl}"></script>\n<cs-timeline${attributes}>\n<script type="${type}">\n${body}\n</script>\n</cs-timeline>`;
}

const SAMPLE = `date,title,summary,category,source,source_url
1938-09-30,Council meets,The council met in the town hall.,Town life,Town chronicle,https://example.org/chronicle
~1939-03,Market moves,The market moved to the square.,Trade,Town chronicle,https://example.org/chronicle
1945-05-09,Liberation,,Town life,,`;

/** Builds the tabs, the form, the live preview and the snippets inside `root`. */
export function createEmbedBuilder(root, { manifest, scriptUrl, embedUrl, hostScriptUrl, templateUrl = '/templates/timeline-template.csv' }) {
  const doc = root.ownerDocument;
  const tags = tagsOf(manifest);
  root.innerHTML = `
    <div class="tabs" role="tablist" aria-label="What to embed">
      <button type="button" role="tab" id="tab-elements" aria-controls="panel-elements" aria-selected="true">Our data</button>
      <button type="button" role="tab" id="tab-data" aria-controls="panel-data" aria-selected="false" tabindex="-1">Your data</button>
    </div>
    <div class="panel" id="panel-elements" role="tabpanel" aria-labelledby="tab-elements">
      <form class="builder-form">
        <label>Element <select name="tag">${tags.map((tag) => `<option>${tag}</option>`).join('')}</select></label>
        <label>Language <select name="lang"><option value="">page language</option><option value="en">English</option><option value="cs">čeština</option><option value="sk">slovenčina</option></select></label>
        <label>Theme <select name="theme"><option value="">auto</option><option value="light">light</option><option value="dark">dark</option></select></label>
        <fieldset class="attributes"><legend>Attributes</legend></fieldset>
        <p class="element-error" role="status" hidden></p>
      </form>
    </div>
    <div class="panel" id="panel-data" role="tabpanel" aria-labelledby="tab-data" hidden>
      <p>Paste a spreadsheet saved as CSV (our columns or TimelineJS3's) or a JSON document; the timeline below draws it as you type, with every problem listed.
        <a href="${escapeAttribute(templateUrl)}" download="timeline-template.csv">Download the CSV template</a>.</p>
      <label>Your data <textarea name="user-data" rows="8" spellcheck="false"></textarea></label>
    </div>
    <section class="preview" aria-label="Live preview"></section>
    <p class="host-note">The snippets use <code>${PLACEHOLDER_HOST}</code> as the address of your copy of <code>dist/</code>: replace it with where you host the files.</p>
    <label>Script snippet <textarea readonly rows="4" name="script-snippet"></textarea></label>
    <button type="button" data-copy="script-snippet">Copy script snippet</button>
    <label class="iframe-only">Iframe snippet (for sites that strip scripts; its height is the element's, measured here) <textarea readonly rows="3" name="iframe-snippet"></textarea></label>
    <button type="button" class="iframe-only" data-copy="iframe-snippet">Copy iframe snippet</button>
    <p class="copied" role="status"></p>`;
  const form = root.querySelector('form');
  const fieldset = root.querySelector('.attributes');
  const preview = root.querySelector('.preview');
  const userData = root.querySelector('[name="user-data"]');
  const elementError = root.querySelector('.element-error');
  userData.value = SAMPLE;
  let mode = 'elements';

  const renderFields = () => {
    const tag = form.tag.value;
    fieldset.replaceChildren(
      doc.createRange().createContextualFragment(`<legend>Attributes of &lt;${tag}&gt;</legend>`),
      ...attributesOf(manifest, tag).map((attribute) => {
        if (attribute.multiple) {
          // Several values: one checkbox each, none checked = all.
          const group = doc.createElement('fieldset');
          group.className = 'choices';
          group.title = attribute.description;
          group.append(doc.createRange().createContextualFragment(`<legend>${attribute.name} (none checked: all)</legend>`));
          for (const value of attribute.values) {
            const label = doc.createElement('label');
            const box = doc.createElement('input');
            box.type = 'checkbox';
            box.name = `multi-${attribute.name}`;
            box.value = value;
            label.append(box, ` ${value}`);
            group.append(label);
          }
          return group;
        }
        const label = doc.createElement('label');
        label.title = attribute.description;
        label.append(`${attribute.name} `);
        let input;
        if (attribute.boolean) {
          input = doc.createElement('input');
          input.type = 'checkbox';
        } else if (attribute.values) {
          input = doc.createElement('select');
          if (!attribute.initial) input.append(new Option('(default)', ''));
          input.append(...attribute.values.map((value) => new Option(value, value, false, value === attribute.initial)));
        } else {
          input = doc.createElement('input');
          input.type = 'text';
          if (attribute.name === 'from' || attribute.name === 'to') input.placeholder = '1938 or 1938-09-30';
        }
        input.name = `attr-${attribute.name}`;
        label.append(input);
        return label;
      }),
    );
  };

  const settings = () => {
    const result = {};
    const multiple = {};
    for (const element of form.elements) {
      if (element.name?.startsWith('multi-')) {
        const name = element.name.slice(6);
        multiple[name] ??= [];
        if (element.checked) multiple[name].push(element.value);
      }
      if (!element.name?.startsWith('attr-')) continue;
      result[element.name.slice(5)] = element.type === 'checkbox' ? element.checked : element.value.trim();
    }
    for (const [name, values] of Object.entries(multiple)) result[name] = values.join(' ');
    if (form.lang.value) result.lang = form.lang.value;
    if (form.theme.value) result.theme = form.theme.value;
    return result;
  };

  let measured = 480;
  const writeSnippets = () => {
    const tag = mode === 'data' ? 'cs-timeline' : form.tag.value;
    const chosen = mode === 'data' ? { ...(form.lang.value ? { lang: form.lang.value } : {}) } : settings();
    root.querySelector('[name="script-snippet"]').value =
      mode === 'data' ? dataSnippet(userData.value, chosen, scriptUrl) : scriptSnippet(tag, chosen, scriptUrl);
    root.querySelector('[name="iframe-snippet"]').value = iframeSnippet(tag, chosen, embedUrl, hostScriptUrl, measured);
  };

  // The preview's height, for the iframe snippet; its error sentence, beside the form.
  const resize = new ResizeObserver(([entry]) => {
    const height = entry.target.getBoundingClientRect().height;
    if (height > 0 && Math.abs(height - measured) > 1) {
      measured = height;
      writeSnippets();
    }
  });
  let errorWatch;
  const watchError = (element) => {
    errorWatch?.disconnect();
    const show = () => {
      const error = element.shadowRoot?.querySelector('[part~="error"]');
      elementError.hidden = !error || mode === 'data';
      elementError.textContent = error ? error.textContent.replace(/\s+/g, ' ').replace(/Retry$/, '').trim() : '';
    };
    const attach = () => {
      if (!element.shadowRoot) return void requestAnimationFrame(attach);
      errorWatch = new MutationObserver(show);
      errorWatch.observe(element.shadowRoot, { childList: true, subtree: true, characterData: true });
      show();
    };
    attach();
  };

  const update = () => {
    let element;
    if (mode === 'data') {
      element = doc.createElement('cs-timeline');
      if (form.lang.value) element.setAttribute('lang', form.lang.value);
      const script = doc.createElement('script');
      const trimmed = userData.value.trim();
      script.type = /^[[{]/.test(trimmed) ? 'application/json' : 'text/csv';
      script.textContent = trimmed;
      element.append(script);
    } else {
      element = doc.createElement(form.tag.value);
      for (const [name, value] of Object.entries(settings())) {
        if (value === true) element.setAttribute(name, '');
        else if (value !== false && value !== '') element.setAttribute(name, value);
      }
    }
    resize.disconnect();
    preview.replaceChildren(element);
    resize.observe(element);
    watchError(element);
    writeSnippets();
  };

  const select = (next) => {
    mode = next;
    for (const tab of root.querySelectorAll('[role="tab"]')) {
      const on = tab.id === `tab-${next}`;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      root.querySelector(`#${tab.getAttribute('aria-controls')}`).hidden = !on;
    }
    for (const node of root.querySelectorAll('.iframe-only')) node.hidden = next === 'data';
    update();
  };
  root.querySelector('.tabs').addEventListener('click', (event) => {
    const tab = event.target.closest?.('[role="tab"]');
    if (tab) select(tab.id.slice(4));
  });
  root.querySelector('.tabs').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = mode === 'data' ? 'elements' : 'data';
    select(next);
    root.querySelector(`#tab-${next}`).focus();
  });

  form.tag.addEventListener('change', () => {
    renderFields();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  userData.addEventListener('input', update);
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
  return { update, settings, select };
}
