// Printable dots across the common thermal rolls (203 dpi heads). Kept apart from the
// renderer so reading a printer address never loads the drawing library.
export const PAPER_WIDTHS = { '80mm': 576, '58mm': 384 } as const;
