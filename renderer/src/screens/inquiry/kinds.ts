import type { Dataset, Settings } from '../../lib/model';
import { PROJECT_KINDS } from '../ProjectForm';

/** Kinds of project to offer: your specialties first, then the usual ones, then any already used. */
export function knownKinds(settings: Settings, data: Dataset): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (k: string) => {
    const key = k.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  };
  settings.specialties.forEach(add);
  PROJECT_KINDS.forEach(add);
  data.projects.forEach((p) => add(p.kind));
  data.colleagues.forEach((c) => c.specialties.forEach(add));
  return out;
}
