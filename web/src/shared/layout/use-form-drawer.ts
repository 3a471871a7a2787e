import { useCallback, useState } from 'react';

export interface FormDrawerState<T> {
  /** A new key per opening: give it to the drawer as `key` so its form starts afresh. */
  key: number;
  open: boolean;
  /** The record being edited; undefined when creating one. */
  item: T | undefined;
  /** Opens the drawer on a record, or empty (undefined) to create one. */
  openWith(item: T | undefined): void;
  close(): void;
}

/** The state of a create/edit drawer, as the registry pages (units, accounts) use it. */
export function useFormDrawer<T>(): FormDrawerState<T> {
  const [state, setState] = useState<{ key: number; open: boolean; item: T | undefined }>({ key: 0, open: false, item: undefined });
  const openWith = useCallback((item: T | undefined) => setState((s) => ({ key: s.key + 1, open: true, item })), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, openWith, close };
}
