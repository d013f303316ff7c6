import { describe, expect, it } from 'vitest';
import { score } from '@/engine/score/score';
import type { Pack } from '@/rules/pack/pack-schema';
import { buildReportModel } from './report-model';
import { collectTexts } from '../pdf/render-pdf';
import type { ReportMeta, ReportModel, TableCell } from './report-model-types';
import { strategyHiddenAnswers, strategyAnswers, strategyPack } from '@test/support/strategy-pack';

const meta: ReportMeta = {
  generatedAt: '2026-11-28T10:00:00.000Z',
  paper: 'a4',
  respondent: { name: 'Hanako Yamada', role: 'CTO', company: 'Sample Corp.' },
};

function model(lang: 'en' | 'ja' = 'en', answers = strategyAnswers, pack: Pack = strategyPack, m: ReportMeta = meta): ReportModel {
  return buildReportModel(score(pack, answers), pack, answers, lang, m);
}

const text = (cell: TableCell | undefined) => (typeof cell === 'string' ? cell : (cell?.text ?? ''));

function answerOf(report: ReportModel, question: string): string {
  for (const section of report.appendix.answerSections) {
    const row = section.table.rows.find((r) => text(r[0]) === question);
    if (row) return text(row[1]);
  }
  throw new Error(`no row for ${question}`);
}

describe('buildReportModel', () => {
  const en = model('en');
  const ja = model('ja');

  it('has every section, each with its heading, in both languages', () => {
    for (const report of [en, ja]) {
      const headings = [
        report.summary.heading,
        report.ranking.heading,
        ...report.options.map((o) => o.heading),
        report.excluded.heading,
        report.change.heading,
        report.scope.heading,
        report.roadmap.heading,
        report.talkingPoints.heading,
        report.appendix.heading,
      ];
      expect(headings).toHaveLength(11);
      for (const h of headings) expect(h.trim()).not.toBe('');
      expect(new Set(headings).size).toBe(headings.length);
    }
    expect(en.summary.heading).toBe('Executive summary');
    expect(ja.summary.heading).toBe('エグゼクティブサマリー');
  });

  it('withholds the recommendation while a required question is open, and names the leading option in its section', () => {
    // Closed leads (75.0), Open core is within three points (72.5), but the pack's only required
    // question is unanswered: more than a third of the required questions are open, so no verdict yet.
    expect(en.summary.recommendation).toBe(
      'No option is recommended yet: one question that decides which options fit is still open. Closed leads on score and is shown for reference only. Answer first: When must it pay off?',
    );
    expect(ja.summary.recommendation).toContain('まだ推奨できる選択肢はありません。');
    expect(en.options.map((o) => o.heading)).toEqual(['No. 1: Closed', 'No. 2: Open core', 'No. 3: API with transparency']);
    expect(ja.options[0]?.heading).toBe('第1位：クローズド');
    expect(en.summary.top.rows.map((r) => text(r[1]))).toEqual(['Closed', 'Open core', 'API with transparency']);
    expect(en.summary.top.rows.map((r) => text(r[3]))).toEqual(['Viable', 'Viable', 'Viable']);
  });

  it('says how robust the first place is and counts open questions', () => {
    expect(en.summary.robustness[0]).toMatch(/^Closed comes first in \d+% of plausible scenarios: your priorities weighted differently, the rules pack’s own judgements \(each rule’s effect, each starting score\) varied and your “not sure” answers/);
    expect(en.summary.robustness[0]).toMatch(/filled in at random\.$/);
    expect(ja.summary.robustness[0]).toContain('「わからない」と答えた質問には無作為に回答を当てはめて試算すると');
    expect(en.summary.robustness.at(-1)).toBe('Answers marked “not sure”: 1. Required questions left unanswered: 1. Answering them would make this assessment firmer.');
    expect(ja.summary.robustness.at(-1)).toBe('「わからない」と回答した質問が1問あります。未回答の必須質問が1問あります。該当する質問に回答すると、評価の確度が高まります。');
  });

  it('never counts an unanswered optional or free-text question, and never says “0”', () => {
    const { 'profile.notes': _note, ...withoutNote } = strategyAnswers;
    const onlyOptionalOpen = { ...withoutNote, 'profile.size': 'small', 'goals.horizon': 'soon' };
    for (const lang of ['en', 'ja'] as const) {
      const m = model(lang, onlyOptionalOpen);
      expect(m.summary.robustness.join(' ')).not.toMatch(/unanswered|未回答|わからない」と回答|: 0|0問/);
    }
    const unsureOnly = model('ja', { ...onlyOptionalOpen, 'profile.size': { unsure: true } });
    expect(unsureOnly.summary.robustness.at(-1)).toBe('「わからない」と回答した質問が1問あります。該当する質問に回答すると、評価の確度が高まります。');
  });

  it('takes the three starting actions from the lead option, by kind', () => {
    expect(en.summary.actions.map((a) => a.label)).toEqual(['What to disclose', 'Where to invest', 'The pilot to run first']);
    expect(en.summary.actions[0]).toEqual({ label: 'What to disclose', text: 'Publish the disclosure checklist for Closed.', detail: '0–3 months · Legal' });
  });

  it('explains each top option with its contributions, sources, risks and actions', () => {
    const openCore = en.options[1];
    expect(openCore?.forTable.rows).toEqual([['+15.0', 'Unique data is a moat that openness cannot copy.', '[1]']]);
    expect(openCore?.againstTable.rows).toEqual([['-2.5', 'Regulators expect controlled access.', '[3]']]);
    expect(openCore?.score).toBe('Score: 72.5 out of 100 = starting score 60 +12.5 from your answers.');
    expect(openCore?.notices).toEqual([{ text: 'Caution: Do not market the open tier as the whole product. [2]', tone: 'viable' }]);
    expect(openCore?.risks.rows).toHaveLength(2);
    expect(openCore?.actions.rows[0]).toEqual(['Publish the disclosure checklist for Open core.', '0–3 months', 'Legal']);
    expect(en.options[0]?.againstNote).toBe('None of your answers counts against it.');
  });

  it('lists the blocked options with the guards’ reasons, and the cautions', () => {
    expect(en.excluded.items).toEqual([{ name: 'Fully open', reasons: ['Without misuse monitoring, released weights cannot be supervised. [3]'] }]);
    expect(en.excluded.cautions.map((c) => c.name)).toEqual(['Open core']);
  });

  it('phrases what would change the recommendation with question texts and choice labels', () => {
    for (const sentence of en.change.answers) expect(sentence).toMatch(/^If you answered “.+” instead of “.+” to “.+”, .+ would come first, [\d.]+ points ahead\.$/);
    expect(en.change.weights.rows.map((r) => text(r[0]))).toEqual(['Trust', 'Speed', 'Moat']);
  });

  it('says why a change puts an option first when it leads by guards alone, without a 0-point lead', () => {
    const result = score(strategyPack, strategyAnswers);
    const byGuards = { changes: [{ question: 'data.uniqueness', from: 'high', to: 'low' }], newTop: 'api', lead: 0 };
    const withChange = { ...result, robustness: { ...result.robustness, changes: [byGuards] } };
    const phrased = (lang: 'en' | 'ja') => buildReportModel(withChange, strategyPack, strategyAnswers, lang, meta).change.answers;
    expect(phrased('en')).toEqual([
      'If you answered “Common” instead of “Hard to replicate” to “How unique is your data?”, API with transparency would come first, as the options ahead of it would no longer be recommended.',
    ]);
    expect(phrased('ja')).toEqual([
      '「データはどの程度独自のものですか」への回答が「再現が難しい」ではなく「一般的」であれば、上位の選択肢が推奨の対象外となるため、「透明性のあるAPI」が首位になります。',
    ]);
  });

  it('lists the disclosure scope of the lead option with its MOF class and OSAID check', () => {
    expect(en.scope.table.rows).toHaveLength(17);
    expect(en.scope.table.rows[1]).toEqual(['Final model parameters (weights)', 'Class III', { text: 'Withhold', tone: 'muted' }]);
    expect(en.scope.mof).toEqual(['Nothing is released, so no MOF class applies.']);
    // Closed releases nothing: the OSAID is out of scope, not a list of what to publish.
    expect(en.scope.osaid).toEqual(['This option releases nothing, so the OSAID does not apply to it.']);
    expect(ja.scope.osaid).toEqual(['本選択肢では何も公開しないため、OSAIDの評価対象外です。']);
  });

  it('places the lead option’s actions on the four phases', () => {
    expect(en.roadmap.phases.map((p) => p.title)).toEqual(['Pilot design', 'Community selection', 'Licence design', 'Governance']);
    expect(en.roadmap.table.rows.map((r) => text(r[0]))).toEqual(['Pilot design', 'Community selection', 'Licence design', 'Governance']);
    expect(en.talkingPoints.points).toHaveLength(3);
  });

  it('lists every answer: labels, multi lists, text, not sure, unanswered, and hidden questions', () => {
    expect(answerOf(en, 'How large is the company?')).toBe('Not sure');
    expect(answerOf(en, 'How unique is your data?')).toBe('Hard to replicate');
    expect(answerOf(en, 'Which kinds of data do you hold?')).toBe('Customer records; Operations logs');
    expect(answerOf(en, 'Anything else we should know?')).toBe('Board meets in March.');
    expect(answerOf(en, 'When must it pay off?')).toBe('Not answered');
    expect(answerOf(ja, 'どの種類のデータを保有していますか。')).toBe('顧客記録、業務ログ');
    const hidden = model('en', strategyHiddenAnswers);
    expect(answerOf(hidden, 'Can you monitor misuse?')).toBe('Not applicable (an earlier answer hides this question)');
    expect(en.appendix.sources.map((s) => s.id)).toEqual(['vake2025', 'mof2024', 'ai-act']);
  });

  it('numbers the sources in the pack’s order and cites them by number, in each language’s citation', () => {
    expect(en.appendix.sources.map((s) => [s.ref, s.citation])).toEqual([
      ['[1]', 'Vake et al. (2025), Is Open Source the Future of AI? A Data-Driven Approach'],
      ['[2]', 'Linux Foundation (2024), Model Openness Framework'],
      ['[3]', 'Regulation (EU) 2024/1689 (AI Act)'],
    ]);
    expect(ja.appendix.sources.map((s) => [s.ref, s.citation])).toEqual([
      ['〔1〕', 'Vake et al. (2025), Is Open Source the Future of AI? A Data-Driven Approach'],
      ['〔2〕', 'Linux Foundation (2024), Model Openness Framework'],
      ['〔3〕', 'EU AI法（規則（EU）2024/1689）'],
    ]);
    const jaOpenCore = ja.options.find((o) => o.id === 'open-core');
    expect(jaOpenCore?.againstTable.rows[0]?.[2]).toBe('〔3〕');
    expect(ja.excluded.items[0]?.reasons[0]).toMatch(/（出典：〔3〕）$/);
  });

  it('formats the date in the report language from the date passed in', () => {
    expect(en.cover.lines).toContain('November 28, 2026');
    expect(ja.cover.lines).toContain('2026年11月28日');
    expect(en.appendix.about[1]).toBe('Generated on November 28, 2026 at 10:00 AM.');
    expect(model('en', strategyAnswers, strategyPack, { ...meta, timeZone: 'Asia/Tokyo', generatedAt: '2026-11-28T20:00:00.000Z' }).cover.lines).toContain(
      'November 29, 2026',
    );
    expect(en.appendix.about[2]).toMatch(/in your browser/);
    expect(model('en', strategyAnswers, strategyPack, { ...meta, generatedBy: 'cli' }).appendix.about[2]).toMatch(/command line/);
  });

  it('leaves the company out when there is none', () => {
    const anonymous = model('en', strategyAnswers, strategyPack, { generatedAt: meta.generatedAt, paper: 'letter' });
    expect(anonymous.header.company).toBeUndefined();
    expect(anonymous.cover.company).toBeUndefined();
    expect(anonymous.paper).toBe('letter');
    expect(en.cover.company).toBe('Prepared for Sample Corp.');
  });

  it('writes the Japanese cover as the company’s own board paper, the role before the name, no nested brackets', () => {
    expect(ja.cover.company).toBe('Sample Corp. 取締役会資料');
    const named = model('ja', strategyAnswers, strategyPack, { ...meta, respondent: { name: '髙橋 花子', role: '代表取締役社長（CEO）' } });
    expect(named.cover.lines).toContain('回答者：代表取締役社長（CEO）　髙橋 花子');
    expect(ja.footer).toBe('社外秘｜取締役会審議資料');
  });

  it('gives a whole score in a sentence without a trailing .0, in tables with one decimal', () => {
    const openCore = ja.options.find((o) => o.id === 'open-core');
    expect(openCore?.score).toBe('スコア：100点中72.5点（基準スコア60点、回答による増減+12.5点）');
    expect(openCore?.forTable.rows[0]?.[0]).toBe('+15.0');
  });

  it('says no option can be recommended when every option is blocked', () => {
    const allBlocked: Pack = {
      ...strategyPack,
      guards: [{ ...strategyPack.guards[0]!, id: 'block-all', options: strategyPack.options.map((o) => o.id), when: { q: 'data.uniqueness', is: 'high' } }],
    };
    const report = model('en', strategyAnswers, allBlocked);
    expect(report.summary.recommendation).toMatch(/^No option can be recommended/);
    expect(report.excluded.items).toHaveLength(4);
  });

  it('is pure: same inputs give the same model, and the inputs are untouched', () => {
    const result = score(strategyPack, strategyAnswers);
    const before = JSON.stringify([result, strategyPack, strategyAnswers]);
    const a = buildReportModel(result, strategyPack, strategyAnswers, 'ja', meta);
    const b = buildReportModel(result, strategyPack, strategyAnswers, 'ja', meta);
    expect(a).toEqual(b);
    expect(JSON.stringify([result, strategyPack, strategyAnswers])).toBe(before);
  });

  it('leaves no message key or placeholder unfilled', () => {
    for (const report of [en, ja]) {
      expect(report.pageNumber).toMatch(/\{page\}.*\{pages\}/);
      // The two templates filled when rendering: the page number and the note on missing characters.
      expect(report.appendix.missingGlyphs.text).toMatch(/^[^{]*\{chars\}[^{]*$/);
      for (const t of collectTexts({ ...report, pageNumber: '', appendix: { ...report.appendix, missingGlyphs: null } })) expect(t).not.toMatch(/^report\.|\{\w+\}/);
    }
  });
});
