import { palette } from '@/ui/styles/palette';
import type { ChartTone } from '../model/chart-model';
import type { ReportTone } from '../model/report-model-types';

/** The report's look: the app's colours, a sober type scale (points) and the page margins. */

export type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour mixed with white: `amount` 0 = white, 1 = the colour. */
export function tint(colour: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(255 - (255 - (colour[i] ?? 0)) * amount)) as unknown as Rgb;
}

export const colours = {
  primary: rgb(palette.primary),
  accent: rgb(palette.accent),
  recommended: rgb(palette.recommended),
  viable: rgb(palette.viable),
  blocked: rgb(palette.blocked),
  text: rgb(palette.text),
  muted: rgb(palette.muted),
  border: rgb(palette.border),
  surface: rgb(palette.surface),
  white: [255, 255, 255] as Rgb,
};

export function toneColour(tone: ReportTone): Rgb {
  return colours[tone];
}

export function chartToneColour(tone: ChartTone): Rgb {
  switch (tone) {
    case 'recommended':
    case 'viable':
    case 'blocked':
    case 'text':
    case 'muted':
      return colours[tone];
    case 'track':
      return tint(colours.border, 0.45);
    case 'axis':
      return colours.border;
    case 'marker':
      return colours.primary;
  }
}

export const type = {
  title: 26,
  subtitle: 13,
  section: 17,
  sub: 12.5,
  minor: 10.5,
  body: 9.5,
  small: 8.5,
  tiny: 7.5,
  /** Line height as a multiple of the font size, for running text. */
  leading: 1.5,
  /** Line height factor jsPDF and the tables use for multi-line cells. */
  cellLeading: 1.3,
};

/** Page margins in points: room for the running header above and the page number below. */
export const margins = { top: 62, right: 54, bottom: 58, left: 54 };
