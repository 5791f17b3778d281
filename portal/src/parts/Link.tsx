// A link inside the portal: a real <a href> (opens in a new tab, reads as a link),
// moving without a page load on a plain click.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { href, navigate } from '../router';

export function Link(props: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { to, onClick, ...rest } = props;
  const go = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={href(to)} onClick={go} {...rest} />;
}
