// Placeholder until this page is written (replaced in this session).
import type { PageProps } from '../App';

export function OversightPage(_props: PageProps) {
  return <p className="muted">این بخش هنوز آماده نیست.</p>;
}
