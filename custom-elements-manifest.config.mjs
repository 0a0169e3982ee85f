export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**', 'src/elements/**/*render*.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's customElements field (the freshness check analyzes into a scratch folder).
  packagejson: false,
};
