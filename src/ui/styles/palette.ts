/**
 * The colours of Aperture, as hex strings, for code that cannot read CSS custom properties
 * (the PDF report, SVG charts). theme.css defines the same values as `--color-*`.
 */
export const palette = {
  primary: '#1d3557',
  accent: '#0f766e',
  recommended: '#1a7f37',
  viable: '#9a6700',
  blocked: '#b42318',
  text: '#1b1f24',
  muted: '#57606a',
  border: '#d0d7de',
  surface: '#f6f8fa',
} as const;

export type PaletteColour = keyof typeof palette;
