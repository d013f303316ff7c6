import { contentWidth, drawLine, ensureSpace, heading, list, paragraph, wrapText, type PdfKit } from './pdf-kit';
import { drawTable } from './pdf-table';
import { colours, margins, tint, type } from './pdf-theme';
import type { RoadmapModel, ScopeModel, TalkingPointsModel, TargetPathModel } from '../model/report-model-types';

/** The disclosure scope: every MOF component with its decision, the MOF class and the OSAID check. */
export function drawScope(kit: PdfKit, model: ScopeModel): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro);
  drawTable(kit, model.table, { widths: ['auto', 0.22, 0.2] });
  if (model.licence) paragraph(kit, model.licence, { size: type.small, colour: colours.muted });
  heading(kit, model.mofHeading, 'sub');
  for (const line of model.mof) paragraph(kit, line);
  heading(kit, model.osaidHeading, 'sub');
  for (const line of model.osaid) paragraph(kit, line);
}

const ARROW = 12;

/** Four chevrons, one per phase, with the phase name and how many actions it holds. */
function phaseBand(kit: PdfKit, model: RoadmapModel): void {
  const count = model.phases.length;
  if (count === 0) return;
  const width = contentWidth(kit) / count;
  const title = { size: type.small, colour: colours.white, strong: true };
  const detail = { size: type.tiny, colour: colours.white };
  const titles = model.phases.map((p) => wrapText(kit, p.title, width - 2 * ARROW - 4, title));
  const h = Math.max(...titles.map((t) => t.length)) * title.size * 1.35 + detail.size * 1.5 + 14;
  ensureSpace(kit, h + 10);
  model.phases.forEach((phase, i) => {
    const x = margins.left + i * width;
    const colour = tint(colours.primary, 0.8 + (0.2 * i) / Math.max(1, count - 1));
    kit.doc.setFillColor(...colour);
    const notch = i === 0 ? 0 : ARROW;
    const tip = i === count - 1 ? 0 : ARROW;
    // Chevron: flat or notched on the left, pointed on the right (the last one flat).
    kit.doc.lines(
      [
        [width - 1, 0],
        [tip, h / 2],
        [-tip, h / 2],
        [-(width - 1), 0],
        [notch, -h / 2],
        [-notch, -h / 2],
      ],
      x,
      kit.y,
      [1, 1],
      'F',
      true,
    );
    let y = kit.y + 6;
    for (const line of titles[i] ?? []) {
      drawLine(kit, line, x + notch + 6, y, { ...title, size: title.size });
      y += title.size * 1.35;
    }
    drawLine(kit, kit.sanitize(phase.count), x + notch + 6, y, detail);
  });
  kit.y += h + 12;
}

/** The roadmap: the phase band, then the lead option's actions grouped by phase. */
export function drawRoadmap(kit: PdfKit, model: RoadmapModel): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro);
  phaseBand(kit, model);
  drawTable(kit, model.table, { widths: [0.18, 'auto', 0.13, 0.19], groupFirstColumn: true });
  if (model.path) drawTargetPath(kit, model.path);
}

/** The staged path to the chosen target: its stages as go/no-go gates, or what stands in the way. */
function drawTargetPath(kit: PdfKit, path: TargetPathModel): void {
  heading(kit, path.heading, 'sub', { keep: 80 });
  for (const line of path.lines) paragraph(kit, line);
  if (path.table) drawTable(kit, path.table, { widths: [0.24, 'auto', 0.19], groupFirstColumn: true });
  if (path.notes.length > 0) list(kit, path.notes, { size: type.minor });
}

/** Talking points for the board, numbered. */
export function drawTalkingPoints(kit: PdfKit, model: TalkingPointsModel): void {
  heading(kit, model.heading, 'section', { newPage: false, keep: 150 });
  paragraph(kit, model.intro, { colour: colours.muted });
  list(kit, model.points, { numbered: true, size: type.minor });
}
