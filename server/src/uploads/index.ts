// Citizens' documents: stored safely, sniffed, served back only through sendDocument().
export * from './kinds';
export * from './file-name';
export * from './messages';
export * from './document-store';
export * from './http';
