// Small line pictures beside words, drawn inline (no icon font, no emoji font needed),
// for people who read pictures faster than words. Decorative: the words say it all.
const PATHS = {
  search: 'M10.5 3a7.5 7.5 0 1 0 4.6 13.4l4.7 4.7 1.4-1.4-4.7-4.7A7.5 7.5 0 0 0 10.5 3zm0 2a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11z',
  print: 'M7 3h10v5h2a3 3 0 0 1 3 3v6h-5v4H7v-4H2v-6a3 3 0 0 1 3-3h2V3zm2 2v3h6V5H9zm0 10v4h6v-4H9z',
  file: 'M6 2h8l6 6v14H6V2zm7 1.5V9h5.5L13 3.5zM9 13h8v1.6H9V13zm0 3.5h8v1.6H9v-1.6z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6V5z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon(props: { name: IconName; size?: number; className?: string }) {
  const size = props.size ?? 24;
  return (
    <svg className={`portal-icon ${props.className ?? ''}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[props.name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
