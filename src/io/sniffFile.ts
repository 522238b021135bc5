import { detectFormat, type FormatId } from '../model/formats/importText';
import { isZip, unzipFirst } from './unzipStream';

/** How much of a file is looked at to tell its format. */
const HEAD = 65536;

/**
 * A file's format from its first bytes, looking inside a zip archive: enough to choose the
 * event dialog or the streaming reader before the file is read.
 */
export async function sniffFile(file: Blob, name: string): Promise<{ format?: FormatId }> {
  const head = new Uint8Array(await file.slice(0, HEAD).arrayBuffer());
  if (!isZip(head)) return { format: detectFormat(name, new TextDecoder().decode(head)) };
  async function* once() {
    yield head;
  }
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of unzipFirst(once(), name, () => {})) {
    text += decoder.decode(chunk, { stream: true });
    if (text.length > HEAD) break;
  }
  return { format: detectFormat(name.replace(/\.zip$/i, ''), text) };
}
