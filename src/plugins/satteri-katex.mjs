// Renders $…$ and $$…$$ with KaTeX at build time through Astro 7's default Sätteri processor
// (see ../shared stack notes §2.7). No KaTeX JavaScript reaches the browser.
import katex from 'katex';

export function satteriKatex(katexOptions = {}) {
  const render = (value, displayMode) => ({
    raw: katex.renderToString(value, { throwOnError: true, output: 'htmlAndMathml', ...katexOptions, displayMode }),
    mdxExpressions: false, // keep KaTeX's { } literal inside MDX
  });
  return { name: 'satteri-katex', math: (n) => render(n.value, true), inlineMath: (n) => render(n.value, false) };
}
