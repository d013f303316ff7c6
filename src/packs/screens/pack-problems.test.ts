import { describe, expect, it } from 'vitest';
import { splitProblem } from './pack-problems';

describe('a loader line in two parts', () => {
  it.each([
    ['custom.json: rules[4].when.all[0].atLeast: "hgh" is not a choice', 'custom.json', { place: 'rules[4].when.all[0].atLeast', message: '"hgh" is not a choice' }],
    ['title.ja: the Japanese text (ja) is missing', undefined, { place: 'title.ja', message: 'the Japanese text (ja) is missing' }],
    ['options[2].baseline["x y"]: unknown criterion', undefined, { place: 'options[2].baseline["x y"]', message: 'unknown criterion' }],
    ['custom.json: not valid JSON at line 4, column 22: expected a property name', 'custom.json', { message: 'not valid JSON at line 4, column 22: expected a property name' }],
  ])('%s', (line, file, parts) => {
    expect(splitProblem(line, file)).toEqual(parts);
  });
});
