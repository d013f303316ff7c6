import { callout, drawLine, ensureSpace, heading, list, measureText, paragraph, type PdfKit } from './pdf-kit';
import { drawTable, tableStartHeight } from './pdf-table';
import { colours, margins, toneColour, type } from './pdf-theme';
import type { ChangeModel, ExcludedModel, OptionModel } from '../model/report-model-types';

const CONTRIBUTION_WIDTHS = [0.11, 'auto', 0.17] as const;

/** A small filled label (the verdict) at the flow's position. */
function badge(kit: PdfKit, text: string, colour: readonly [number, number, number]): void {
  const style = { size: type.small, colour: colours.white, strong: true };
  const label = kit.sanitize(text);
  const w = measureText(kit, label, style) + 12;
  ensureSpace(kit, 18);
  kit.doc.setFillColor(...colour);
  kit.doc.roundedRect(margins.left, kit.y, w, 15, 3, 3, 'F');
  drawLine(kit, label, margins.left + 6, kit.y + 1.5, { ...style, size: type.small });
  kit.y += 24;
}

function drawOption(kit: PdfKit, option: OptionModel): void {
  heading(kit, option.heading, 'section');
  badge(kit, option.verdict.label, toneColour(option.verdict.tone));
  paragraph(kit, option.summary, { size: type.minor, colour: colours.muted });
  paragraph(kit, option.score, { strong: true, colour: colours.primary, after: 8 });
  for (const notice of option.notices) callout(kit, notice.text, toneColour(notice.tone), { size: type.body });
  heading(kit, option.whyHeading, 'sub');
  paragraph(kit, option.baseline, { size: type.small, colour: colours.muted });
  heading(kit, option.forHeading, 'minor', { keep: tableStartHeight(kit, option.forTable, { widths: CONTRIBUTION_WIDTHS }) });
  drawTable(kit, option.forTable, { widths: CONTRIBUTION_WIDTHS });
  if (option.forNote) paragraph(kit, option.forNote, { size: type.small, colour: colours.muted });
  heading(kit, option.againstHeading, 'minor', { keep: tableStartHeight(kit, option.againstTable, { widths: CONTRIBUTION_WIDTHS }) });
  drawTable(kit, option.againstTable, { widths: CONTRIBUTION_WIDTHS });
  if (option.againstNote) paragraph(kit, option.againstNote, { size: type.small, colour: colours.muted });
  heading(kit, option.risksHeading, 'sub', { keep: tableStartHeight(kit, option.risks, { widths: [0.45, 'auto'] }) });
  drawTable(kit, option.risks, { widths: [0.45, 'auto'] });
  heading(kit, option.actionsHeading, 'sub', { keep: tableStartHeight(kit, option.actions, { widths: ['auto', 0.14, 0.19] }) });
  drawTable(kit, option.actions, { widths: ['auto', 0.14, 0.19] });
  if (option.licence) paragraph(kit, option.licence, { size: type.small, colour: colours.muted });
}

/** One section per top option: why it scored so, its risks and next actions. */
export function drawOptions(kit: PdfKit, options: readonly OptionModel[]): void {
  for (const option of options) drawOption(kit, option);
}

/** Options ruled out by the answers and the cautions, each with its reasons. */
export function drawExcluded(kit: PdfKit, model: ExcludedModel): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro);
  for (const item of model.items) {
    heading(kit, item.name, 'minor', { keep: 30 });
    list(kit, item.reasons);
  }
  heading(kit, model.cautionsHeading, 'sub');
  paragraph(kit, model.cautionsIntro);
  for (const item of model.cautions) {
    heading(kit, item.name, 'minor', { keep: 30 });
    list(kit, item.reasons);
  }
}

/** The answer changes and weight ranges that would change the first place. */
export function drawChange(kit: PdfKit, model: ChangeModel): void {
  heading(kit, model.heading, 'section', { newPage: false, keep: 160 });
  heading(kit, model.answersHeading, 'sub');
  paragraph(kit, model.answersIntro);
  if (model.answers.length > 0) list(kit, model.answers);
  if (model.answersNote) paragraph(kit, model.answersNote, { size: type.small, colour: colours.muted });
  heading(kit, model.weightsHeading, 'sub', { keep: tableStartHeight(kit, model.weights, { widths: ['auto', 0.2, 0.32] }) });
  paragraph(kit, model.weightsIntro);
  drawTable(kit, model.weights, { widths: ['auto', 0.2, 0.32] });
}
