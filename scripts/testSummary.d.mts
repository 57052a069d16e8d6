export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  brokenFiles: { name: string; message: string }[];
}
export function summarise(report: unknown, root?: string): Summary;
