import type { LetterKind } from '../../../shared/model';
import type { DeclineReason } from '../../../shared/rules';
import { Upcoming } from './Upcoming';

export function LetterComposer(_props: { kind: LetterKind; clientId: string; projectId?: string; reason?: DeclineReason }) {
  return <Upcoming place="letters" />;
}
