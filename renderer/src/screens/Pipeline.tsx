import { Upcoming } from './Upcoming';

export function Pipeline() {
  return <Upcoming place="pipeline" />;
}
