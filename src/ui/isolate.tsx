import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with every inserted value isolated in its own <bdi>: a name, file name or
 * pack text holding bidi controls (U+202E…) cannot reorder the words of the sentence around it. The
 * template is the message with its `{name}` placeholders (translate it without params); values go in
 * as data, so braces inside them are never read as placeholders.
 */
export function isolate(template: string, params: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = template.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined || !Object.hasOwn(params, name)) return <Fragment key={i}>{part}</Fragment>;
        return <bdi key={i}>{params[name]}</bdi>;
      })}
    </>
  );
}

/** A list of user texts (names, labels), each isolated, joined by the language's separator. */
export function isolatedList(items: readonly string[], separator: string): ReactNode {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 ? separator : null}
      <bdi>{item}</bdi>
    </Fragment>
  ));
}

type Params = Readonly<Record<string, string | number>>;
type Fill<K> = (key: K, params?: Params) => string;

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/;

/**
 * A message built by `build` (which may translate several parts and nest them), with every value it
 * inserted isolated in <bdi>: a quoted answer, file name or id cannot reorder the message around it.
 * Values pass through as private-use markers and are put back as data.
 */
export function isolateFilled<K>(fill: Fill<K>, build: (fill: Fill<K>) => string): ReactNode {
  const values: string[] = [];
  const marking: Fill<K> = (key, params) =>
    fill(
      key,
      params &&
        Object.fromEntries(
          Object.entries(params).map(([name, value]) => {
            values.push(String(value));
            return [name, `${OPEN}${values.length - 1}${CLOSE}`];
          }),
        ),
    );
  const render = (text: string, depth: number): ReactNode => {
    const parts = text.split(MARK);
    if (parts.length === 1 || depth > 8) return text.replace(new RegExp(MARK.source, 'g'), (_, i: string) => values[Number(i)] ?? '');
    return parts.map((part, i) => (i % 2 === 0 ? <Fragment key={i}>{part}</Fragment> : <bdi key={i}>{render(values[Number(part)] ?? '', depth + 1)}</bdi>));
  };
  return <>{render(build(marking), 0)}</>;
}
