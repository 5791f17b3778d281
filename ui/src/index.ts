export * from './connection';
export * from './api';
export * from './tokens';
export * from './i18n';
export * from './hooks';
export * from './components';
