import { html } from 'lit';
import '../src/define/cs-map.js';

export default {
  title: 'Elements/cs-map',
  component: 'cs-map',
  tags: ['autodocs'],
};

export const Default = {
  name: 'The whole road, 1942–1945',
  render: () => html`<cs-map></cs-map>`,
};

export const Czech = {
  name: 'Czech (Kyjev, Praha)',
  render: () => html`<cs-map lang="cs"></cs-map>`,
};

export const Slovak = {
  name: 'Slovak, Kiev selected',
  render: () => html`<cs-map lang="sk" selected="kiev"></cs-map>`,
};

export const Year1943 = {
  name: 'To the end of 1943',
  render: () => html`<cs-map year="1943"></cs-map>`,
};

export const Dark = {
  name: 'Dark theme',
  render: () => html`<div style="background: #16171b; padding: 1rem"><cs-map theme="dark"></cs-map></div>`,
};

export const Phone = {
  name: 'On a 360 px screen',
  render: () => html`<div style="width: 360px"><cs-map lang="cs"></cs-map></div>`,
};

export const InvalidYear = {
  name: 'Error: a year outside 1942–1945',
  render: () => html`<cs-map year="1950"></cs-map>`,
};
