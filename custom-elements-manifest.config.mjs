export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**', 'src/elements/**/*render*.ts'],
  outdir: '.',
  litelement: true,
};
