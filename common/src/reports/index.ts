// Reports shared by the server and the apps: periods, the request and result shapes,
// cell formatting, CSV, and the side-by-side comparison.
export * from './types';
export * from './period';
export * from './calendar';
export * from './format';
export * from './compare';
export * from './csv';
