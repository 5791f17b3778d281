// Inquiries (استعلام) to other agencies: adapters, the registry that maps kinds to
// agencies from config, and a local stand-in for tests and the demo.
export * from './types';
export * from './messages';
export * from './http-adapter';
export * from './registry';
export * from './stand-in';
