import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { GraphState, GraphStore } from './graphStore';

export const StoreContext = createContext<GraphStore | null>(null);

/** The store the app (or a test) provided. */
export function useGraphStoreApi(): GraphStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('AG900: no StoreContext provider above this component');
  return store;
}

/** Reads a slice of the provided store; re-renders when the selected value changes. */
export function useGraph<T>(selector: (s: GraphState) => T): T {
  return useStore(useGraphStoreApi(), selector);
}
