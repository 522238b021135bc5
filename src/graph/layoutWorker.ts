import { forceLayout, type ForceLayoutInput } from '../model/forceLayout';

/* Lays a graph out off the main thread, so the page keeps answering; terminate() cancels. */
const post = (m: unknown) =>
  (self as unknown as { postMessage: (m: unknown) => void }).postMessage(m);

self.onmessage = async (event: MessageEvent<ForceLayoutInput>) => {
  const positions = await forceLayout(event.data, {
    onProgress: (f) => post({ type: 'progress', fraction: f }),
  });
  post({ type: 'done', positions: positions ? [...positions] : [] });
};
