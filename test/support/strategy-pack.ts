import type { Answers } from '@/rules/answers/answers-schema';
import { packSchema, type DisclosureComponent, type Pack } from '@/rules/pack/pack-schema';
import { buildPack, disclosureOf, text, type OptionSpec } from './pack-builder';

/**
 * The one small pack of the results' and the report's tests: 4 options, 3 criteria (one weighted by
 * an answer), a block and a caution guard, every question kind (one choice question required),
 * three sources, English and Japanese.
 *
 * Its scores under `strategyAnswers`, by DESIGN.md's formula score(o) = 10 · Σ w_c·p(o,c) / Σ w_c,
 * with weights trust 2 (goals.trust "some"), speed 2, moat 4 (Σ w = 8), and the three rules firing:
 *
 *   option      trust       speed  moat        Σ w·p                 score   verdict
 *   closed      4           8      8+1 = 9     2·4+2·8+4·9 = 60      75.0    recommended (first)
 *   open-core   7−1 = 6     5      6+3 = 9     2·6+2·5+4·9 = 58      72.5    recommended (within 3)
 *   api         6+2 = 8     7      6           2·8+2·7+4·6 = 54      67.5    viable
 *   fully-open  8−3 = 5     4      3+3 = 6     2·5+2·4+4·6 = 42      52.5    not recommended (blocked)
 *
 * Baselines (same weights): closed 70.0, api 62.5, open-core 60.0, fully-open 45.0. The verdicts are
 * the formula's with `strategyFullAnswers`; with `strategyAnswers` the required goals.horizon is open,
 * so no option is recommended yet (the engine's `needsAnswers`) and the two leaders are "viable".
 */

const DOCS: DisclosureComponent[] = ['model-card', 'data-card', 'evaluation-results'];
const CLASS_III: DisclosureComponent[] = ['model-architecture', 'weights', 'technical-report', ...DOCS];
const CODE: DisclosureComponent[] = ['training-code', 'inference-code', 'evaluation-code', 'evaluation-data'];

function option(id: string, en: string, ja: string, baseline: Record<string, number>, licence: 'proprietary' | 'open', disclosure: OptionSpec['disclosure'] & object): OptionSpec {
  return {
    id,
    baseline,
    name: text(en, ja),
    summary: text(`${en}: what the strategy means for the company.`, `${ja}：この戦略が会社にとって意味することです。`),
    actions: [
      { text: text(`Publish the disclosure checklist for ${en}.`, `${ja}の公開範囲チェックリストを公表します。`), horizon: '0-3m', owner: 'legal', phase: 'licence', kind: 'disclose' },
      { text: text(`Invest in the customer data behind ${en}.`, `${ja}を支える顧客データに投資します。`), horizon: '3-12m', owner: 'data', phase: 'community', kind: 'invest' },
      { text: text(`Pilot ${en} with one business unit.`, `${ja}を一つの事業部で試行します。`), horizon: '0-3m', owner: 'engineering', phase: 'pilot', kind: 'pilot' },
      { text: text(`Set up the governance board for ${en}.`, `${ja}のガバナンス体制を整えます。`), horizon: '12m+', owner: 'executive', phase: 'governance' },
    ],
    risks: [
      { text: text(`${en} costs more than planned.`, `${ja}の費用が想定を超える。`), mitigation: text('Review the budget each quarter.', '四半期ごとに予算を見直します。') },
      { text: text('Competitors copy the approach.', '競合が手法を模倣する。'), mitigation: text('Keep the data advantage.', 'データの優位性を保ちます。') },
    ],
    disclosure,
    licence: { kind: licence, text: text(`${en} licence terms.`, `${ja}のライセンス条件。`) },
    talkingPoints: [
      text(`${en} protects what makes us different.`, `${ja}は当社の差別化要因を守ります。`),
      text('We start small and measure.', '小さく始めて効果を測ります。'),
      text('We decide the next stage on evidence.', '次の段階は根拠に基づいて判断します。'),
    ],
  };
}

const choice = (value: string, en: string, ja: string) => ({ value, label: text(en, ja) });

export const strategyPack: Pack = packSchema.parse(
  buildPack({
    id: 'report-small',
    version: '1.2.0',
    title: text('Small report pack', '報告書テスト用パック'),
    sources: [
      { id: 'vake2025', citation: 'Vake et al. (2025), Is Open Source the Future of AI? A Data-Driven Approach', url: 'https://example.org/vake' },
      { id: 'mof2024', citation: 'Linux Foundation (2024), Model Openness Framework', url: 'https://example.org/mof' },
      { id: 'ai-act', citation: { en: 'Regulation (EU) 2024/1689 (AI Act)', ja: 'EU AI法（規則（EU）2024/1689）' } },
    ],
    sectionTitles: { profile: text('Your company', '会社について'), risk: text('Risk', 'リスク') },
    criteria: [
      { id: 'trust', name: text('Trust', '信頼'), weight: 3, weightFrom: { question: 'goals.trust', weights: { none: 0, some: 2, critical: 5 } } },
      { id: 'speed', name: text('Speed', 'スピード'), weight: 2 },
      { id: 'moat', name: text('Moat', '競争優位'), weight: 4 },
    ],
    questions: [
      {
        section: 'profile',
        id: 'profile.size',
        text: text('How large is the company?', '会社の規模はどのくらいですか。'),
        allowUnsure: true,
        choices: [choice('small', 'Fewer than 300 people', '300人未満'), choice('large', '300 people or more', '300人以上')],
      },
      {
        section: 'profile',
        id: 'data.uniqueness',
        text: text('How unique is your data?', 'データはどの程度独自のものですか。'),
        choices: [choice('low', 'Common', '一般的'), choice('high', 'Hard to replicate', '再現が難しい')],
      },
      {
        section: 'profile',
        id: 'data.kinds',
        kind: 'multi',
        text: text('Which kinds of data do you hold?', 'どの種類のデータを保有していますか。'),
        choices: [choice('customer', 'Customer records', '顧客記録'), choice('operations', 'Operations logs', '業務ログ'), choice('public', 'Public data', '公開データ')],
      },
      { section: 'profile', id: 'profile.notes', kind: 'text', text: text('Anything else we should know?', 'ほかに伝えておきたいことはありますか。') },
      {
        section: 'risk',
        id: 'risk.regulation',
        text: text('How regulated is your market?', '市場の規制はどの程度ですか。'),
        allowUnsure: true,
        choices: [choice('low', 'Lightly', '緩やか'), choice('high', 'Heavily', '厳しい')],
      },
      {
        section: 'risk',
        id: 'risk.monitoring',
        text: text('Can you monitor misuse?', '悪用を監視できますか。'),
        showIf: { q: 'risk.regulation', is: 'high' },
        choices: [choice('none', 'No', 'できない'), choice('yes', 'Yes', 'できる')],
      },
      {
        section: 'risk',
        id: 'goals.trust',
        text: text('How much does trust matter?', '信頼はどの程度重要ですか。'),
        choices: [choice('none', 'Not at all', '重要でない'), choice('some', 'Somewhat', 'ある程度重要'), choice('critical', 'Critically', '極めて重要')],
      },
      {
        section: 'risk',
        id: 'goals.horizon',
        required: true,
        text: text('When must it pay off?', 'いつまでに成果が必要ですか。'),
        choices: [choice('soon', 'Within a year', '1年以内'), choice('later', 'Later', 'それ以降')],
      },
    ],
    options: [
      option('closed', 'Closed', 'クローズド', { trust: 4, speed: 8, moat: 8 }, 'proprietary', disclosureOf([])),
      option('api', 'API with transparency', '透明性のあるAPI', { trust: 6, speed: 7, moat: 6 }, 'proprietary', disclosureOf(DOCS)),
      option('open-core', 'Open core', 'オープンコア', { trust: 7, speed: 5, moat: 6 }, 'open', disclosureOf(CLASS_III, CODE)),
      option('fully-open', 'Fully open', '完全オープン', { trust: 8, speed: 4, moat: 3 }, 'open', disclosureOf([...CLASS_III, ...CODE])),
    ],
    rules: [
      {
        id: 'unique-data-favours-open',
        when: { q: 'data.uniqueness', atLeast: 'high' },
        effects: [
          { option: 'open-core', criterion: 'moat', delta: 3 },
          { option: 'fully-open', criterion: 'moat', delta: 3 },
        ],
        because: text('Unique data is a moat that openness cannot copy.', '独自データは、公開しても模倣されない強みです。'),
        source: 'vake2025',
      },
      {
        id: 'regulation-favours-api',
        when: { q: 'risk.regulation', is: 'high' },
        effects: [
          { option: 'api', criterion: 'trust', delta: 2 },
          { option: 'fully-open', criterion: 'trust', delta: -3 },
          { option: 'open-core', criterion: 'trust', delta: -1 },
        ],
        because: text('Regulators expect controlled access.', '規制当局は管理されたアクセスを求めます。'),
        source: 'ai-act',
      },
      {
        id: 'customer-data-favours-closed',
        when: { q: 'data.kinds', includes: 'customer' },
        effects: [{ option: 'closed', criterion: 'moat', delta: 1 }],
        because: text('Customer data must stay in-house.', '顧客データは社内にとどめる必要があります。'),
        source: 'vake2025',
      },
    ],
    guards: [
      {
        id: 'no-monitoring-blocks-open',
        options: ['fully-open'],
        severity: 'block',
        when: { all: [{ q: 'risk.regulation', is: 'high' }, { q: 'risk.monitoring', is: 'none' }] },
        because: text('Without misuse monitoring, released weights cannot be supervised.', '悪用を監視できなければ、公開した重みを管理できません。'),
        source: 'ai-act',
      },
      {
        id: 'open-core-not-open-source',
        options: ['open-core'],
        severity: 'caution',
        when: { q: 'data.uniqueness', answered: true },
        because: text('Do not market the open tier as the whole product.', '公開部分を製品全体であるかのように宣伝しないでください。'),
        source: 'mof2024',
      },
    ],
  }),
);

/** Answers that fire every rule and both guards, with one "not sure", one text and unanswered questions. */
export const strategyAnswers: Answers = {
  'profile.size': { unsure: true },
  'data.uniqueness': 'high',
  'data.kinds': ['customer', 'operations'],
  'profile.notes': 'Board meets in March.',
  'risk.regulation': 'high',
  'risk.monitoring': 'none',
  'goals.trust': 'some',
};

/**
 * `strategyAnswers` with the required question answered, as the results screen meets them (the
 * questionnaire asks for it first): nothing is withheld, so the verdicts are the formula's (no rule
 * reads goals.horizon, so the scores are the same).
 */
export const strategyFullAnswers: Answers = { ...strategyAnswers, 'goals.horizon': 'soon' };

/** Answers under which the misuse question is hidden (regulation light) but was answered earlier. */
export const strategyHiddenAnswers: Answers = { ...strategyAnswers, 'risk.regulation': 'low' };
