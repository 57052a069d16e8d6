/** Reads and checks an export file off the page's thread (see exportFile.ts). */
import { readExportHere, type WorkerReply } from './exportFile';

// The worker's global scope, typed by hand: the renderer's types describe a window.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = (event) => {
  let lastShare = -1;
  void readExportHere(event.data, (share) => {
    // A message per percent is enough for a progress bar.
    if (share - lastShare >= 0.01 || share === 1) {
      lastShare = share;
      scope.postMessage({ kind: 'progress', share });
    }
  }).then((result) => scope.postMessage({ kind: 'done', result }));
};
