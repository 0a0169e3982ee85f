import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/cs-timeline.js';

export default {
  title: 'Elements/cs-timeline',
  component: 'cs-timeline',
  tags: ['autodocs'],
} satisfies Meta;

export const Default: StoryObj = {
  name: 'Default: 1918–1948',
  render: () => html`<cs-timeline></cs-timeline>`,
};

export const Filtered: StoryObj = {
  name: 'Filtered: military and diplomacy, 1938 – 9 May 1945',
  render: () => html`<cs-timeline from="1938" to="1945-05-09" categories="military diplomacy"></cs-timeline>`,
};

export const Czech: StoryObj = {
  name: 'Czech, with a selected event',
  render: () => html`<cs-timeline lang="cs" selected="kiev"></cs-timeline>`,
};

export const Slovak: StoryObj = {
  name: 'Slovak',
  render: () => html`<cs-timeline lang="sk" selected="dukla-operation"></cs-timeline>`,
};

export const Dark: StoryObj = {
  name: 'Dark theme',
  render: () => html`<div style="background: #16171b; padding: 1rem">
    <cs-timeline theme="dark" selected="february-1948"></cs-timeline>
  </div>`,
};

export const Vertical: StoryObj = {
  name: 'Vertical (as on a phone)',
  render: () => html`<div style="max-width: 380px">
    <cs-timeline orientation="vertical" lang="cs"></cs-timeline>
  </div>`,
};

export const UserData: StoryObj = {
  name: 'User data (inline JSON, no categories or eras)',
  render: () => html`<cs-timeline deep-link>
    <script type="application/json">
      {
        "events": [
          {
            "id": "legion-anabasis",
            "date": "1918-05",
            "precision": "month",
            "end": "1920-09",
            "categories": ["military"],
            "title": { "en": "The Legion's anabasis across Siberia", "cs": "Anabáze legií napříč Sibiří", "sk": "Anabáza légií naprieč Sibírou" },
            "summary": { "en": "From the Volga to Vladivostok.", "cs": "Od Volhy do Vladivostoku.", "sk": "Od Volgy do Vladivostoku." },
            "sources": [{ "source": "wp-legion-revolt" }]
          },
          {
            "id": "recognition",
            "date": "1934-06-09",
            "precision": "day",
            "categories": ["diplomacy"],
            "title": { "en": "Diplomatic relations", "cs": "Diplomatické styky", "sk": "Diplomatické styky" },
            "summary": { "en": "De jure recognition.", "cs": "Uznání de iure.", "sk": "Uznanie de iure." },
            "sources": [{ "source": "wikipedia-cs-su-relations" }]
          },
          {
            "id": "exile",
            "date": "1938-11",
            "precision": "month",
            "qualifier": "approximate",
            "categories": ["politics"],
            "title": { "en": "Communist leaders go to Moscow", "cs": "Komunisté odcházejí do Moskvy", "sk": "Komunisti odchádzajú do Moskvy" },
            "summary": { "en": "An approximate date, drawn soft.", "cs": "Přibližné datum, kreslené měkce.", "sk": "Približný dátum, kreslený mäkko." },
            "sources": [{ "source": "wikipedia-cs-su-relations" }]
          }
        ]
      }
    </script>
  </cs-timeline>`,
};

export const ErrorMessage: StoryObj = {
  name: 'Error: an invalid attribute',
  render: () => html`<cs-timeline from="1938-02-30"></cs-timeline>`,
};
