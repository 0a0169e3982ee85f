/* global wp */
// The editor side of the four blocks, written against WordPress's own globals
// so the plugin needs no bundler. Each attribute of an element becomes a
// control in the sidebar, built from the same generated list the PHP checks
// with (window.csHistoryElements); the preview is the server's own rendering
// (ServerSideRender), so the editor shows the element, live, and the notice
// naming a wrong attribute exactly as the page would show it to an editor.
(function () {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { PanelBody, SelectControl, TextControl, ToggleControl, CheckboxControl, BaseControl } = wp.components;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  const ICONS = { 'cs-timeline': 'calendar-alt', 'casualty-chart': 'chart-bar', 'treaty-card': 'media-document', 'cs-map': 'location-alt' };
  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

  /** One sidebar control for one attribute. */
  function control(name, rule, value, set) {
    const label = name;
    const help = rule.description || undefined;
    switch (rule.kind) {
      case 'boolean':
        return h(ToggleControl, { key: name, label, help, checked: Boolean(value), onChange: (on) => set(on) });
      case 'enum':
      case 'lang':
        return h(SelectControl, {
          key: name, label, help, value: value || '',
          options: [{ label: __('(default)', 'cs-history-elements'), value: '' }, ...rule.values.map((item) => ({ label: item, value: item }))],
          onChange: (next) => set(next || undefined),
        });
      case 'tokens': {
        const chosen = (value || '').split(/\s+/).filter(Boolean);
        return h(BaseControl, { key: name, label, help, id: `cs-history-${name}` },
          rule.values.map((item) => h(CheckboxControl, {
            key: item, label: item, checked: chosen.includes(item),
            onChange: (on) => {
              const next = rule.values.filter((token) => (token === item ? on : chosen.includes(token)));
              set(next.length ? next.join(' ') : undefined);
            },
          })));
      }
      default:
        return h(TextControl, { key: name, label, help, value: value || '', onChange: (next) => set(next || undefined) });
    }
  }

  for (const [tag, element] of Object.entries(window.csHistoryElements || {})) {
    const attributes = {};
    for (const [name, rule] of Object.entries(element.attributes)) {
      attributes[camel(name)] = { type: rule.kind === 'boolean' ? 'boolean' : 'string' };
    }
    const name = `cs-history/${tag}`;
    registerBlockType(name, {
      apiVersion: 2,
      title: `<${tag}>`,
      description: element.summary,
      category: 'embed',
      icon: ICONS[tag] || 'book',
      keywords: ['history', 'cs-history-elements', tag],
      attributes,
      edit: function Edit(props) {
        const blockProps = useBlockProps();
        const controls = Object.entries(element.attributes).map(([attribute, rule]) =>
          control(attribute, rule, props.attributes[camel(attribute)], (value) => props.setAttributes({ [camel(attribute)]: value })));
        return h(Fragment, null,
          h(InspectorControls, null, h(PanelBody, { title: __('Attributes', 'cs-history-elements') }, controls)),
          h('div', blockProps, h(ServerSideRender, { block: name, attributes: props.attributes })));
      },
      // Dynamic: the server writes the element (see includes/blocks.php).
      save: () => null,
    });
  }
})();
