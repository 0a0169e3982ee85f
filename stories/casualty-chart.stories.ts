import { html } from 'lit';
import '../src/define/casualty-chart.js';

export default {
  title: 'Elements/casualty-chart',
  component: 'casualty-chart',
  tags: ['autodocs'],
};

export const Sokolovo = {
  name: 'Sokolovo (disputed figures)',
  render: () => html`<casualty-chart battle="sokolovo"></casualty-chart>`,
};

export const Kiev = {
  name: 'Kiev (lower bound “30+”)',
  render: () => html`<casualty-chart battle="kiev"></casualty-chart>`,
};

export const Dukla = {
  name: 'Dukla Pass (two forces)',
  render: () => html`<casualty-chart battle="dukla"></casualty-chart>`,
};

export const All = {
  name: 'All battles (small multiples)',
  render: () => html`<casualty-chart battle="all"></casualty-chart>`,
};

export const Waffle = {
  name: 'Waffle',
  render: () => html`<casualty-chart battle="sokolovo" chart="waffle"></casualty-chart>`,
};

export const WaffleAll = {
  name: 'Waffle, all battles (one square per N people)',
  render: () => html`<casualty-chart battle="all" chart="waffle"></casualty-chart>`,
};

export const TableShown = {
  name: 'Data table shown',
  render: () => html`<casualty-chart battle="sokolovo" show-table></casualty-chart>`,
};

export const Czech = {
  name: 'Czech',
  render: () => html`<casualty-chart battle="all" lang="cs"></casualty-chart>`,
};

export const Slovak = {
  name: 'Slovak',
  render: () => html`<casualty-chart battle="kiev" chart="waffle" lang="sk"></casualty-chart>`,
};

export const Dark = {
  name: 'Dark theme',
  render: () => html`<div style="background: #16171b; padding: 1rem">
    <casualty-chart battle="all" theme="dark"></casualty-chart>
  </div>`,
};

export const InvalidBattle = {
  name: 'Error: unknown battle',
  render: () => html`<casualty-chart battle="borodino"></casualty-chart>`,
};
