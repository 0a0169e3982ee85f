import { html } from 'lit';
import '../src/define/treaty-card.js';

export default {
  title: 'Elements/treaty-card',
  component: 'treaty-card',
  tags: ['autodocs'],
};

export const MutualAssistance1935 = {
  name: 'Treaty of Mutual Assistance (1935)',
  render: () => html`<treaty-card treaty="mutual-assistance-1935"></treaty-card>`,
};

export const JointAction1941 = {
  name: 'London agreement on joint action (1941)',
  render: () => html`<treaty-card treaty="joint-action-1941"></treaty-card>`,
};

export const Friendship1943 = {
  name: 'Treaty of Friendship (1943)',
  render: () => html`<treaty-card treaty="friendship-1943"></treaty-card>`,
};

export const LiberatedTerritory1944 = {
  name: 'Agreement on liberated territory (1944)',
  render: () => html`<treaty-card treaty="liberated-territory-1944"></treaty-card>`,
};

export const Ruthenia1945 = {
  name: 'Treaty on Carpathian Ruthenia (1945)',
  render: () => html`<treaty-card treaty="ruthenia-1945"></treaty-card>`,
};

export const YearShorthand = {
  name: 'Year as shorthand',
  render: () => html`<treaty-card treaty="1943"></treaty-card>`,
};

export const Compact = {
  render: () => html`<div style="display: grid; gap: 1rem; max-width: 28rem">
    <treaty-card treaty="1935" compact></treaty-card>
    <treaty-card treaty="1943" compact></treaty-card>
    <treaty-card treaty="1945" compact></treaty-card>
  </div>`,
};

export const Czech = {
  render: () => html`<treaty-card treaty="1943" lang="cs"></treaty-card>`,
};

export const Slovak = {
  render: () => html`<treaty-card treaty="1945" lang="sk"></treaty-card>`,
};

export const Dark = {
  render: () => html`<div style="background: #111; padding: 1rem">
    <treaty-card treaty="1945" theme="dark"></treaty-card>
  </div>`,
};

export const CustomAccent = {
  name: 'Custom accent and width',
  render: () => html`<treaty-card
    treaty="1941"
    style="--treaty-card-accent: #1f5fa8; --treaty-card-max-width: 30rem"
  ></treaty-card>`,
};

export const UnknownTreaty = {
  name: 'Error: unknown treaty',
  render: () => html`<treaty-card treaty="munich-1938"></treaty-card>`,
};
