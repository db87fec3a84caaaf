// A chart made in main by ECharts' SSR renderer, shown inline (not as an <img>: an image cannot use
// the page's bundled CJK font, inline SVG text does) — generated markup only, checked as the
// register printer checks its figures: no script, handler, foreign object or outside reference.
export const safeSvg = (svg: string) => /^<svg[\s>]/.test(svg.trim()) && !/<script|<foreignObject|\son[a-z]+\s*=|(?:xlink:)?href\s*=\s*["'](?!#)/i.test(svg);

export function SvgChart({ svg, alt, testId, width }: { svg: string; alt: string; testId?: string; width?: number }) {
  if (!safeSvg(svg)) return null;
  return <div role="img" aria-label={alt} data-testid={testId} style={{ width }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
