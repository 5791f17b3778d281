// A printed page as data: a list of blocks drawn top to bottom. Tickets, receipts,
// responses and reports are new layouts, never new printing code. Layouts are plain
// JSON (the logo is base64) so a print job can be stored on disk and drawn later.

export type Direction = 'rtl' | 'ltr';
/** `start` is the right edge in right-to-left text, the left edge in left-to-right. */
export type Align = 'start' | 'center' | 'end';
export type Weight = 'regular' | 'bold' | 'black';
/** Named sizes scale with the paper width (see render.ts); a number is pixels (dots). */
export type TextSize = 'small' | 'normal' | 'large' | 'xlarge' | number;

export interface TextBlock {
  kind: 'text';
  text: string;
  size?: TextSize;
  weight?: Weight;
  align?: Align;
  /** White text on a black band (priority marks, titles). */
  inverse?: boolean;
}

/** The ticket number: as large as the paper allows (shrinks to fit, never wraps). */
export interface BigNumberBlock {
  kind: 'big-number';
  text: string;
  /** Height of the digits as a share of the paper width (default 0.26). */
  scale?: number;
}

export interface Row {
  label: string;
  value: string;
}

/** Label–value rows: labels in one column at the start side, values beside them (wrapping). */
export interface RowsBlock {
  kind: 'rows';
  rows: Row[];
  size?: TextSize;
}

/** A bulleted list (documents received). */
export interface ListBlock {
  kind: 'list';
  items: string[];
  size?: TextSize;
}

export interface DividerBlock {
  kind: 'divider';
  style?: 'solid' | 'dashed';
}

export interface SpacerBlock {
  kind: 'spacer';
  /** dots */
  height: number;
}

export interface QrBlock {
  kind: 'qr';
  data: string;
  /** Dots per QR module (default: what makes the code about 40% of the paper width). */
  moduleSize?: number;
  caption?: string;
}

export interface ImageBlock {
  kind: 'image';
  /** PNG or JPEG, base64; line art prints best (it is thresholded, not dithered). */
  base64: string;
  /** Largest width as a share of the paper width (default 0.5). */
  maxWidth?: number;
  /** Largest height in dots (default 160). */
  maxHeight?: number;
}

export type Block = TextBlock | BigNumberBlock | RowsBlock | ListBlock | DividerBlock | SpacerBlock | QrBlock | ImageBlock;

export interface Layout {
  direction: Direction;
  blocks: Block[];
}
