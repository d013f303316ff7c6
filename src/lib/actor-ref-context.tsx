import { useSelector } from '@xstate/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { ActorRefFrom, AnyActorLogic, SnapshotFrom } from 'xstate';

/**
 * A React context for an actor that someone else runs (a child of the app machine, or an actor a
 * screen created), with the API of `createActorContext`: `Provider` (given the actor), `useActorRef`
 * and `useSelector`. Unlike `createActorContext`, it never creates or stops the actor.
 */
export function createActorRefContext<TLogic extends AnyActorLogic>(name: string) {
  const Context = createContext<ActorRefFrom<TLogic> | null>(null);
  Context.displayName = name;

  function Provider({ value, children }: { value: ActorRefFrom<TLogic>; children?: ReactNode }) {
    return <Context.Provider value={value}>{children}</Context.Provider>;
  }

  function useActorRef(): ActorRefFrom<TLogic> {
    const actor = useContext(Context);
    if (!actor) throw new Error(`${name}.useActorRef() is used outside its Provider.`);
    return actor;
  }

  function useActorSelector<T>(selector: (snapshot: SnapshotFrom<TLogic>) => T, compare?: (a: T, b: T) => boolean): T {
    return useSelector(useActorRef(), selector as (snapshot: unknown) => T, compare);
  }

  return { Provider, useActorRef, useSelector: useActorSelector };
}
