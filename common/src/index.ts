export * from './types';
export * from './contract';
export * from './persian';
export * from './queue-view';
export * from './call-rules';
export * from './hours';
export * from './i18n/index';
