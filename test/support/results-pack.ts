import type { Answers } from '@/rules/answers/answers-schema';
import { packSchema, type Pack } from '@/rules/pack/pack-schema';
import { buildPack, disclosureOf, text, type OptionSpec } from './pack-builder';

/**
 * The results feature's small pack, built like every test pack: 4 options, 3 criteria, a block and
 * a caution guard. Its scores are what the results' tests check (the report's pack, strategy-pack.ts,
 * shares its options and criteria but not all its rules and texts).
 */

const talkingPoints = [text('Point one.', '要点その一。'), text('Point two.', '要点その二。'), text('Point three.', '要点その三。')];
const EVERY = disclosureOf(['model-architecture', 'weights', 'technical-report', 'evaluation-results', 'model-card', 'data-card', 'sample-outputs', 'training-code', 'inference-code', 'evaluation-code', 'evaluation-data', 'supporting-libraries', 'datasets', 'preprocessing-code', 'intermediate-checkpoints', 'research-paper', 'model-metadata']);

function option(id: string, en: string, ja: string, baseline: Record<string, number>, licence: 'proprietary' | 'open'): OptionSpec {
  return {
    id,
    baseline,
    name: text(en, ja),
    summary: text(`${en}: summary of the strategy.`, `${ja}：戦略の概要です。`),
    actions: [
      { text: text(`Pilot ${en} with one team.`, `${ja}を一つのチームで試行します。`), horizon: '0-3m', owner: 'engineering', phase: 'pilot' },
      { text: text(`Set the governance of ${en}.`, `${ja}のガバナンスを定めます。`), horizon: '3-12m', owner: 'legal', phase: 'governance' },
    ],
    risks: [{ text: text(`${en} costs more than planned.`, `${ja}の費用が想定を超える。`), mitigation: text('Review the budget each quarter.', '四半期ごとに予算を見直します。') }],
    disclosure: licence === 'open' ? EVERY : disclosureOf([]),
    licence: { kind: licence, text: text(`${en} licence terms.`, `${ja}のライセンス条件。`) },
    talkingPoints,
  };
}

const choice = (value: string, en: string, ja: string) => ({ value, label: text(en, ja) });

export const testPack: Pack = packSchema.parse(
  buildPack({
    id: 'results-small',
    title: text('Small test pack', '小さなテスト用パック'),
    sources: [
      { id: 'vake', citation: 'Vake et al. (2025), Is Open Source the Future of AI?', url: 'https://example.org/vake' },
      { id: 'ai-act', citation: 'Regulation (EU) 2024/1689 (AI Act)' },
    ],
    sectionTitles: { profile: text('Profile', 'プロフィール'), risk: text('Risk', 'リスク') },
    criteria: [
      { id: 'trust', name: text('Trust', '信頼'), weight: 3, weightFrom: { question: 'goals.trust', weights: { none: 0, some: 2, critical: 5 } } },
      { id: 'speed', name: text('Speed', 'スピード'), weight: 2 },
      { id: 'moat', name: text('Moat', '競争優位'), weight: 4 },
    ],
    questions: [
      {
        section: 'profile',
        id: 'profile.size',
        text: text('How large is the company?', '会社の規模はどのくらいですか？'),
        allowUnsure: true,
        choices: [choice('small', 'Small', '小規模'), choice('large', 'Large', '大規模')],
      },
      {
        section: 'profile',
        id: 'data.uniqueness',
        text: text('How unique is your data?', 'データはどのくらい独自ですか？'),
        choices: [choice('low', 'Low', '低い'), choice('high', 'High', '高い')],
      },
      {
        section: 'profile',
        id: 'data.kinds',
        kind: 'multi',
        text: text('Which kinds of data do you hold?', 'どの種類のデータを保有していますか？'),
        choices: [choice('customer', 'Customer data', '顧客データ'), choice('public', 'Public data', '公開データ')],
      },
      { section: 'profile', id: 'profile.notes', kind: 'text', text: text('Anything else?', 'その他にありますか？') },
      {
        section: 'risk',
        id: 'risk.regulation',
        text: text('How regulated is your market?', '市場の規制はどの程度ですか？'),
        allowUnsure: true,
        choices: [choice('low', 'Lightly', '軽い'), choice('high', 'Heavily', '厳しい')],
      },
      {
        section: 'risk',
        id: 'risk.monitoring',
        text: text('Can you monitor misuse?', '悪用を監視できますか？'),
        showIf: { q: 'risk.regulation', is: 'high' },
        choices: [choice('none', 'No', 'できない'), choice('yes', 'Yes', 'できる')],
      },
      {
        section: 'risk',
        id: 'goals.trust',
        text: text('How much does trust matter?', '信頼はどのくらい重要ですか？'),
        choices: [choice('none', 'Not at all', 'まったく重要でない'), choice('some', 'Somewhat', 'ある程度重要'), choice('critical', 'Critically', '極めて重要')],
      },
    ],
    options: [
      option('closed', 'Closed', 'クローズド', { trust: 4, speed: 8, moat: 8 }, 'proprietary'),
      option('api', 'API with transparency', '透明性のあるAPI', { trust: 6, speed: 7, moat: 6 }, 'proprietary'),
      option('open-core', 'Open core', 'オープンコア', { trust: 7, speed: 5, moat: 6 }, 'open'),
      option('fully-open', 'Fully open', '完全オープン', { trust: 8, speed: 4, moat: 3 }, 'open'),
    ],
    rules: [
      {
        id: 'unique-data-favours-open',
        when: { q: 'data.uniqueness', atLeast: 'high' },
        effects: [
          { option: 'open-core', criterion: 'moat', delta: 3 },
          { option: 'fully-open', criterion: 'moat', delta: 3 },
        ],
        because: text('Unique data is a moat that openness cannot copy.', '独自データは公開しても模倣されない強みです。'),
        source: 'vake',
      },
      {
        id: 'regulation-favours-api',
        when: { q: 'risk.regulation', is: 'high' },
        effects: [
          { option: 'api', criterion: 'trust', delta: 2 },
          { option: 'fully-open', criterion: 'trust', delta: -3 },
        ],
        because: text('Regulators expect controlled access.', '規制当局は管理されたアクセスを求めます。'),
        source: 'ai-act',
      },
      {
        id: 'customer-data-favours-closed',
        when: { q: 'data.kinds', includes: 'customer' },
        effects: [{ option: 'closed', criterion: 'speed', delta: 1 }],
        because: text('Customer data must stay in-house.', '顧客データは社内にとどめる必要があります。'),
        source: 'vake',
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
        source: 'vake',
      },
    ],
  }),
);

/** Answers that fire every rule and both guards. */
export const testAnswers: Answers = {
  'profile.size': { unsure: true },
  'data.uniqueness': 'high',
  'data.kinds': ['customer'],
  'risk.regulation': 'high',
  'risk.monitoring': 'none',
  'goals.trust': 'some',
};
