/** Reads, parses and plans an import off the page's thread (see importAnalysis.ts). */
import { createImportHandler, type ImportReply, type ImportRequest } from './importAnalysis';

// The worker's global scope, typed by hand: the renderer's types describe a window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
};

const handle = createImportHandler((reply) => scope.postMessage(reply));
scope.onmessage = (event) => void handle(event.data);
