// @ts-check
// Minifies the HTML and CSS inside Lit's html`` and css`` templates at build time: the
// indentation that keeps sources readable would otherwise ship in every widget bundle.
import { minifyHTMLLiterals } from 'minify-literals';

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'participe:minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\.[jt]s$/.test(id) || id.includes('/node_modules/') || !/\b(html|css)`/.test(code)) return null;
      // conservativeCollapse keeps one space where templates meet text (`${label} <span>`).
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
