import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Since Storybook 9 the Docs pages (autodocs, the API tables) are an addon of their own:
  // without it every Docs page fails with "docsParameter.renderer is not a function".
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
