// An Eleventy site whose pages use the elements as plain HTML. Build it, then
// pre-render the output so the content is in the HTML for readers without
// JavaScript (from the repository root, after `npm run build`):
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.mjs
//   npx cs-history-prerender examples/eleventy/_site
export default function (eleventyConfig) {
  // The elements' browser files (npm run build), served under /cs-history/.
  eleventyConfig.addPassthroughCopy({ 'dist/cdn': 'cs-history' });
  return {
    dir: { input: 'examples/eleventy/src', includes: '_includes', output: 'examples/eleventy/_site' },
    markdownTemplateEngine: 'njk',
  };
}
